// Package varighet svarer på det andre spørsmålet biblioteket stiller om et
// arbeidsmarkedstiltak: hvor lenge?
//
// For hvert tiltak i katalogen (tiltak.Koder) finnes én eller flere daterte
// varighetsregler (Regel): ordinær maksimal varighet, forlengelsene som kan
// gis (hver med sin lengde, sitt vilkår som et regler.Vilkar vurdert
// tredelt over tiltak.Fakta, og sin hjemmel), eller beskjed om at tiltaket
// ikke er tidsbegrenset (varig lønnstilskudd, VTA, VTAO), at det avgrenses av
// alder (ungdomsgarantien opphører ved fylte 30 år), eller at kildene ikke
// setter noen varighet (aktivitetsplass, språkpraksis, jobbklubb).
//
// Inngangene er:
//
//   - Maksimum: ordinær sluttdato, siste sluttdato med hver forlengelse og
//     den absolutt siste sluttdatoen for et tiltak, fakta og en startdato,
//     med sporet. Tidligere perioder trekkes fra der kildene taler om samlet
//     varighet. MaksimumTil skriver det samme inn i et Resultat kalleren
//     gjenbruker, og AppendMaksimumAlle gir svaret for alle tiltak i
//     katalogen i ett kall; med gjenbrukt plass allokerer ingen av dem.
//   - Kontroller: sjekker en foreslått periode og gir hver regel den bryter
//     som en *Brudd som kan matches med errors.Is (ErrForLang,
//     ErrStartForTidlig, ErrStartForSent, ErrSluttForSent, ErrSluttForStart,
//     ErrMaVurderes).
//   - Frister: datoer en saksbehandler kan legge i en kalender (gjennomgang
//     hver tredje eller sjette måned, årlig dokumentasjon, ungdomsgarantiens
//     start og slutt), og FristHospitering for unntaket i § 14-10.
//   - RegelFor, Regler og Praksisregler: reglene selv, som data (kopier).
//   - VurderArbeidstid: hospiteringsgrensen i tiltaksforskriften § 14-10
//     (forskrift) og 60-prosentregelen i veiledningen «Aktører og tiltak»
//     (praksis) for VTA-deltakere som arbeider i ordinære virksomheter.
//
// Kalenderregler: «inntil N måneder» fra en startdag er til og med
// start.SisteDag(tiltak.AntallManeder(N)), altså start + N måneder − 1 dag
// med klemming til månedens siste dag (31. august + 6 måneder − 1 dag =
// 27. februar, 28. i skuddår). «N uker» er 7·N dager.
//
// Forskrift og praksis holdes fra hverandre: praksisgrenser (NAVs 18 måneder
// for arbeidstrening, 12 måneder for inkluderingstilskudd, sommerjobbens
// 27. september og lignende) er egne regler med en hjemmel i NAVs praksis,
// og et brudd på dem er merket Praksis. Regler som bygger på tekst vi ikke
// har lest, er merket Uverifisert.
//
// Hver regel gjelder fra og med en dato og eventuelt til og med en dato. En
// dato utenfor det som er modellert gir en feil som matcher ErrIkkeModellert,
// aldri en gjetning. Alle regler er faste verdier bygd én gang; pakken har
// ingen muterbar global tilstand og er trygg å bruke fra flere gorutiner.
//
// # Forlengelser og skjønn
//
// En forlengelse som forskriften knytter til et faktum (nedsatt arbeidsevne,
// overgang fra skole eller soning, opplæring mot formell kompetanse) regnes
// som oppfylt når faktumet er ja: NAV «kan» forlenge, og pakken sier hva
// som er tillatt, ikke hva NAV bør velge. En forlengelse som bare beror på
// behov («ved behov», «kan forlenges») kan ikke avgjøres av fakta og er
// alltid må vurderes; den siste sluttdatoen med den står i SenesteMulig.
package varighet
