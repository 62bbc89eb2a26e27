// Package regler er motoren som avgjør om en person fyller vilkårene for et
// arbeidsmarkedstiltak på en dato, og reglene for hvert tiltak i katalogen.
//
// # Plassen i helheten
//
// Pakken tiltak har ordforrådet (koder, datoer, fakta, hjemler); regler
// svarer på det første av bibliotekets tre spørsmål: «Kan personen få
// tiltaket?». Pakkene varighet og tilskudd bruker motorens typer (Utfall,
// Vilkar, Sporpunkt) for sine egne vilkår.
//
// # Motoren
//
// Et Vilkar har en id, en hjemmel (id i paragrafindeksen i testdata), en kort
// norsk beskrivelse, faktaene det leser og en vurdering som gir Oppfylt,
// IkkeOppfylt eller MaVurderes. Et ukjent faktum blir aldri «ikke oppfylt»:
// vilkåret blir «må vurderes», og sporpunktet navngir faktumet som mangler.
// Skjønn («nødvendig og hensiktsmessig», «andre tiltak vurdert») kommer inn
// som fakta saksbehandleren oppgir.
//
// Et Regelsett er én versjon av vilkårene for et tiltak, med Fra og Til.
// Alle vilkår må holde: ett «ikke oppfylt» avgjør; ellers gir ett «må
// vurderes» «må vurderes». Alternativer i samme bestemmelse («deltar i et
// av tiltakene, eller har nedsatt arbeidsevne») er ett vilkår med Eller.
// Versjonene overlapper aldri; det sjekkes av en test, ikke under kjøring.
//
// # Inngangene
//
//   - Vurder og VurderMed: ett tiltak. Feil for ukjent kode, ugyldige fakta,
//     null dato og en dato regelverket ikke er modellert for
//     (ErrIkkeModellert). Før et tiltak ble innført er svaret «ikke
//     oppfylt» med ett sporpunkt: tiltaket er ikke i kraft.
//   - VurderAlle, VurderAlleMed og VurderAlleTil: hele katalogen i
//     katalogens rekkefølge; et tiltak som ikke er modellert på datoen blir
//     «må vurderes» med IkkeModellert satt. VurderAlleTil skriver inn i en
//     Buffer innringeren gjenbruker (én per gorutine) og allokerer ikke
//     etter første kall.
//   - Resultat.Mangler og ManglerAlle: faktaene som mangler («hva bør jeg
//     spørre om nå?»).
//   - KanKombineres: kan et tiltak gis sammen med et annet på datoen
//     (mentor, inkluderingstilskudd, oppfølging, kommunale plasstyper).
//   - DigitalGjennomforing og TiltakspengerCovid: de daterte reglene i
//     direktoratets instruks av 20. januar 2021.
//
// # Forskrift og praksis
//
// Reglene følger forskriften. NAVs praksis (aldersgrense 72 eller 67 år ved
// avtalens sluttdato, innsatsgrupper, siste oppstart for VTAO, NAVs liste
// for inkluderingstilskudd, sommerjobbens alder ved oppstart) er egne
// praksisregler som bare vurderes med Valg.MedPraksis, og hjemmelen deres er
// merket praksis i sporet. Der forskriftsteksten ikke er lest (sommerjobb,
// AFT § 13-3, fireårig lønnstilskudd, kommunal rutine), er vilkåret eller
// versjonen merket Uverifisert.
//
// # Modellert tidsrom
//
// Tiltaksforskriften fra 1. januar 2016 (før: ikke modellert), med § 1-3
// i to versjoner (til 31. juli 2025 og fra 1. august 2025). Opplæring fra 1.
// juli 2025 (ordlyden 2016–2025 er ikke verifisert). Sommerjobb innført 1.
// juni 2021. AFT fra 1. januar 2018, den tidligste kilden vi har (AFT-sats for 2018).
// Egenregiforskriften fra 20. juni 2023, ungdomsgarantien innført 1. juli
// 2023. Fireårig lønnstilskudd fra 1. august 2026 til 31. desember 2032.
//
// # JSON
//
// Resultat har en stabil JSON-form (se MarshalJSON): utfall som ord
// ("oppfylt", "ikke-oppfylt", "ma-vurderes"), hjemmel både som tekst og i
// deler, og ett sporpunkt per vilkår med faktaene det leste og en forklaring
// en saksbehandler kan bruke i et brev. UnmarshalJSON slår opp regelsettet
// med FinnRegelsett og vilkårene med FinnVilkar.
//
// # Ytelse
//
// Hvilken versjon av hvert regelsett som gjelder, skifter bare på noen få
// datoer. Oppstarten lager derfor én plan per tidsrom mellom to skiftedatoer:
// sporet for hele katalogen som en flat liste, der hvert vilkår flere tiltak
// deler (som alderskravet i § 1-3) vurderes én gang og kopieres til de andre
// tiltakenes spor, og der hvert tiltaks utfall leses av to bitsett (vilkår
// som ikke er oppfylt, vilkår som må vurderes). VurderAlle finner planen med
// et binærsøk og går gjennom den; resultatet er det samme som Vurder gir for
// hvert tiltak for seg (testet, også med fuzzing). Et Sporpunkt er 16 byte
// (en peker til vilkåret og ett ord med utfall, mangler og merker), og
// resultatene fra ett kall deler én kopi av faktaene, så VurderAlle
// allokerer to ganger (resultatene med faktakopien, og sporet) og
// VurderAlleTil ingen etter det første kallet med en ny Buffer.
//
// Alle regler er faste verdier som bygges én gang; pakken har ingen
// foranderlig global tilstand og er trygg å bruke fra flere gorutiner.
package regler
