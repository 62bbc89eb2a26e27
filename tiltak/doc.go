// Package tiltak er vokabularet resten av tiltaksregler snakker: katalogen
// over arbeidsmarkedstiltak, henvisninger til regelverket, sivile datoer og
// perioder, og faktaene om en person.
//
// Pakken ligger nederst i biblioteket. Pakkene regler (kan personen få
// tiltaket?), varighet (hvor lenge?) og tilskudd (hvor mye?) bygger på den,
// og den importerer ingen av dem.
//
// # Katalogen
//
// Hvert tiltak i tiltaksforskriften (FOR-2015-12-11-1598), i forskriften om
// oppfølgingstiltak i NAVs egenregi (FOR-2023-06-20-1073), forsøket med
// fireårig lønnstilskudd og de kommunale plasstypene har en stabil Kode.
// Alle gir katalogen i fast rekkefølge, Finn slår opp en kode og FinnArena en
// Arena-kode (én Arena-kode kan dekke flere tiltak).
//
// # Datoer og perioder
//
// Dato er en kalenderdato uten klokkeslett og tidssone; nullverdien betyr
// «ingen dato». Periode er inklusiv i begge ender. Måneder og år legges til
// med klemming til siste dag i måneden, slik NAVs systemer gjør:
// 31. august + 6 måneder er 28. februar (29. i skuddår), og 29. februar +
// 1 år er 28. februar. Siste dag for noe som varer «inntil N måneder» fra og
// med en startdag er start + N måneder − 1 dag (Dato.SisteDag).
//
// # Fakta
//
// Fakta har ett felt per faktum reglene kan lese, og nullverdien av hvert
// felt betyr ukjent. Et ukjent faktum gjør aldri et vilkår «ikke oppfylt»;
// reglene svarer «må vurderes» og navngir faktumet (Faktum) som mangler.
//
// # Feil
//
// Ugyldige inndata gir en *FeltFeil som navngir feltet slik det heter i
// JSON, og som pakker en fast feilverdi (ErrUgyldigDato, ErrUgyldigPeriode,
// ErrUkjentTiltak, ErrUgyldigFaktum, ErrUgyldigOvergang) for errors.Is.
package tiltak
