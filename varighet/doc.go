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
//   - Maksimum: ordinær sluttdato, siste sluttdato med hver forlengelse,
//     siste sluttdato med forlengelsene som er oppfylt (SisteSluttOppfylt) og
//     den absolutt siste sluttdatoen (SisteSluttMulig) for et tiltak, fakta
//     og en startdato, med sporet og faktaene som mangler. Tidligere
//     perioder trekkes fra der kildene taler om samlet varighet.
//     MaksimumTil skriver det samme inn i et Resultat kalleren gjenbruker,
//     og AppendMaksimumAlle gir svaret for alle tiltak i katalogen i ett
//     kall; med gjenbrukt plass allokerer ingen av dem.
//   - Kontroller: sjekker en foreslått periode og gir hver grense den
//     bryter som en *Brudd med grensens type (Grensetype), størrelse
//     (Lengde, Alder), hjemmel og dato, og som kan matches med errors.Is
//     (ErrForLang, ErrStartForTidlig, ErrStartForSent, ErrSluttForSent,
//     ErrSluttForStart, ErrMaVurderes). Ugyldige inndata er feilen, adskilt
//     fra bruddene.
//   - Frister: datoer en saksbehandler kan legge i en kalender (gjennomgang
//     hver tredje eller sjette måned, årlig dokumentasjon, ungdomsgarantiens
//     start og slutt), og FristHospitering for unntaket i § 14-10.
//   - RegelFor, Regler og Praksisregler: reglene selv, som data (kopier).
//   - VurderArbeidstid: hospiteringsgrensen i tiltaksforskriften § 14-10
//     (forskrift) og 60-prosentregelen i veiledningen «Aktører og tiltak»
//     (praksis) for VTA-deltakere som arbeider i ordinære virksomheter.
//
// # Samme vokabular som regler og tilskudd
//
// Et svar med tre utfall er et regler.Utfall (oppfylt, ikke oppfylt, må
// vurderes). Valgene er regler.Valg: MaksimumMed, MaksimumTil,
// AppendMaksimumAlle, KontrollerMed og Tidslinje tar dem som
// regler.VurderMed gjør, og med MedPraksis leser vilkårene faktaene slik NAV
// gjør (nedsatt arbeidsevne utledet av innsatsgruppen, se Arbeidsevne) —
// den samme lesningen som tilskudd.NySatsplanMed gjør for prosenten. Uten
// praksis gjetter pakken aldri: et faktum som mangler, står i
// Resultat.Mangler. Et tiltak uten regel på datoen gir ErrIkkeModellert fra
// Maksimum sammen med det samme flaggede resultatet (IkkeModellert,
// Resultat.Feil) som AppendMaksimumAlle gir for tiltaket; katalogen tar
// alltid med hvert tiltak. Manglende fakta er et tiltak.Faktasett overalt.
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
// alltid må vurderes; den siste sluttdatoen med den står i SisteSluttMulig.
// Det samme gjelder en forlengelse som bygger på en slik forlengelse (AFT:
// det tredje året for opplæring mot formell kompetanse kommer i tillegg til
// det andre): lovlaget gir den må vurderes også når faktumet er ja, og den
// flytter SisteSluttMulig, ikke SisteSluttOppfylt.
package varighet
