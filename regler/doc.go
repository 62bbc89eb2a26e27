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
// # Lovlaget
//
// Loven endres én paragraf om gangen, så det er paragrafen som versjoneres.
// Hver paragraf (eller hvert ledd, der et ledd endres for seg: § 1-3 og
// § 11-2) er én Go-verdi i en fil som følger forskriftens kapitler
// (tf01_felles.go, tf07_opplaering.go, er_egenregi.go, fir_firearig.go,
// praksis_nav.go, kilder_seed.go). Hver versjon har datoene den gjelder,
// forskriften som ga ordlyden (FOR-…), beviset vi har for ordlyden (Bevis:
// kunngjort, konsolidert, kildedokument, avledet, NAVs kode, sekundærkilde,
// ukjent ordlyd), innholdet med våre ord og det den avgjør: hvilke tiltak
// som finnes, vilkår (hvem), varighet med forlengelser og tak (hvor lenge),
// frister, satser og refusjonsgrunnlag (hvor mye), lister (hva som kan
// kombineres), bokstavene i § 7-2 og grenser for arbeidstid. Hver dato,
// hjemmel og hvert tall står ett sted; pakkene varighet og tilskudd leser
// dem herfra (VarighetFor, Fristregler, Praksisgrenser, Hospitering,
// SatsFor).
//
// Et tiltak er en liste av paragrafer (tiltaksdef.go). Regelsettet på en
// dato avledes av versjonene som gjelder den dagen; tidsrom med samme
// regler slås sammen, og id-en er tiltakets kode og første dag
// (mentor-v20250801). Slik følger hvert tiltak som bruker § 1-3, med når
// § 1-3 endres. To regler gjør avledningen riktig uten at en dato skrives to
// ganger:
//
//   - Kapittelregelen: en paragraf i et annet kapittel i samme forskrift
//     enn paragrafen som definerer tiltaket, gjelder bare når den står i
//     kapittel 1. Slik går VTA i ordinær virksomhet fra kapittel 14 til
//     kapittel 14A 1. september 2026.
//   - Eller-grupper: vilkår i flere ledd som er alternativer (§ 11-2 første,
//     andre og tredje ledd), slås sammen til ett vilkår med Eller; id-en
//     setter medlemmenes id-er sammen med «+».
//
// Før et tiltak ble innført og etter at det ble opphevet, er regelsettet
// «ikke i kraft»: ett vilkår som alltid er ikke oppfylt og siterer
// versjonen som innførte eller opphevet det.
//
// Paragrafindeksen i testdata/lovindeks har én oppføring per versjon av
// forskriftene. Testene holder lovlaget mot den (samme id-er, datoer, bevis
// og opphevelser; hver versjon innenfor omfang har en versjon her som
// avgjør noe; hvert ledd og hver bokstav en regel siterer, finnes i
// ordlyden), og indeksen mot forskriftstekstene i
// ../shared/regelverk/lovtekst. Lovlaget kan leses som data med Lovverk,
// FinnParagrafversjon, Paragraf og Paragrafversjon.
//
// # Motoren
//
// Et Vilkar har en id (paragrafversjonens id og et navn, for eksempel
// «tf-1-3-l3-v20160101.alder-16»), en hjemmel, en kort norsk beskrivelse,
// faktaene det leser og en vurdering som gir Oppfylt, IkkeOppfylt eller
// MaVurderes. Et ukjent faktum blir aldri «ikke oppfylt»: vilkåret blir «må
// vurderes», og sporpunktet navngir faktumet som mangler. Skjønn («nødvendig
// og hensiktsmessig», «andre tiltak vurdert») kommer inn som fakta
// saksbehandleren oppgir.
//
// Et Regelsett er én versjon av vilkårene for et tiltak, med Fra og Til.
// Alle vilkår må holde: ett «ikke oppfylt» avgjør; ellers gir ett «må
// vurderes» «må vurderes». Versjonene overlapper aldri; det sjekkes av en
// test, ikke under kjøring.
//
// # Inngangene
//
//   - Vurder og VurderMed: ett tiltak. Feil for ukjent kode, ugyldige fakta,
//     null dato og en dato regelverket ikke er modellert for
//     (ErrIkkeModellert).
//   - VurderAlle, VurderAlleMed og VurderAlleTil: hele katalogen i
//     katalogens rekkefølge; et tiltak som ikke er modellert på datoen blir
//     «må vurderes» med IkkeModellert satt. VurderAlleTil skriver inn i en
//     Buffer innringeren gjenbruker (én per gorutine) og allokerer ikke
//     etter første kall.
//   - Tidslinje og TidslinjeAlle: svaret over en periode, delt i segmenter
//     med samme utfall og spor, der hvert segment sier hvorfor det begynner
//     (ny versjon, fødselsdag over en aldersgrense, praksisgrense).
//     Knekkpunktene kommer fra planens skiftedatoer og fra datoene hvert
//     vilkår som leser datoen, erklærer for faktaene (knekk.go,
//     Vilkar.Knekkpunkter); dagene gås ikke gjennom.
//   - Resultat.Mangler og ManglerAlle: faktaene som mangler («hva bør jeg
//     spørre om nå?»).
//   - KanKombineres: kan et tiltak gis sammen med et annet på datoen
//     (mentor, inkluderingstilskudd, oppfølging, kommunale plasstyper).
//   - VarighetFor, Fristregler, Praksisgrenser, Hospitering og SatsFor:
//     reglene for hvor lenge og hvor mye, som data.
//   - DigitalGjennomforing og TiltakspengerCovid: de daterte reglene i
//     direktoratets instruks av 20. januar 2021.
//
// # Forskrift og praksis
//
// Reglene følger forskriften. NAVs praksis (aldersgrense 72 eller 67 år ved
// avtalens sluttdato, innsatsgrupper, siste oppstart for VTAO, alder ved
// oppstart for sommerjobb og fireårig lønnstilskudd) er egne praksisregler
// som bare vurderes med Valg.MedPraksis, og hjemmelen deres er merket
// praksis i sporet. En versjon som bare bygger på avledet tekst,
// sekundærkilder eller ukjent ordlyd, er merket Uverifisert, og det er
// resultatene som bygger på den også.
//
// # Modellert tidsrom
//
// Tiltaksforskriften fra 1. januar 2016 (før: ikke modellert), med alle
// endringene fram til og med dem som trer i kraft 1. september 2026.
// Egenregiforskriften fra 20. juni 2023 (ungdomsgarantien fra 1. juli 2023),
// med endringen 1. september 2026 som bare er kjent fra avledet tekst.
// Fireårig lønnstilskudd fra 1. august 2026 til 31. desember 2032. README
// har en tabell over hvert tiltak, laget av lovlaget.
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
// tiltakenes spor, og der hvert tiltaks utfall samles opp mens planen går.
// VurderAlle finner planen med
// et binærsøk og går gjennom den; resultatet er det samme som Vurder gir for
// hvert tiltak for seg (testet, også med fuzzing). Et Sporpunkt er 8 byte
// uten pekere (ett ord med vilkårets nummer i vilkårstabellen, utfall,
// mangler som biter i vilkårets leseliste og merker), så et spor er minne
// søppeltømmeren ikke leser, og
// resultatene fra ett kall deler én kopi av faktaene, så VurderAlle
// allokerer to ganger (resultatene med faktakopien, og sporet) og
// VurderAlleTil ingen etter det første kallet med en ny Buffer.
//
// Alle regler er faste verdier som bygges én gang; pakken har ingen
// foranderlig global tilstand og er trygg å bruke fra flere gorutiner.
package regler
