// Package tilskudd regner ut hvor mye: tilskuddsprosenter over tid,
// lønnskostnaden (refusjonsgrunnlaget), månedlige tilskuddsperioder,
// refusjon for en oppgjort periode med tak, daterte satstabeller (G, VTA,
// VTAO, AFT, inkluderingstilskudd), hendelser som avslutter et tilskudd, og
// inntektsgrensen for uføretrygdede.
//
// Pakken er det tredje spørsmålet i tiltaksregler («hvor mye?»), ved siden
// av regler («kan personen få tiltaket?») og varighet («hvor lenge?»). Den
// bygger bare på tiltak (datoer, perioder, katalogen, hjemler).
//
// # Regel og praksis
//
// Forskriften sier hva som dekkes og hvilke satser som gjelder; NAVs
// systemer bestemmer rekkefølgen i regnestykket, avrundingen, delingen i
// perioder og den forholdsmessige utregningen (dager / 30,4375). Pakken
// følger NAVs regnestykke til kronen, men hver del er merket: hjemler med
// kilde tiltak.NAVPraksis er praksis, og Regler lister hver regel med
// Praksis og Uverifisert. Der praksis avviker i avrunding, er forskjellen et
// eget valg: AvrundingDesimal (eksakt, standard) eller AvrundingNAV (NAVs
// double-avrunding av prosentsteget).
//
// # Penger
//
// Alle beløp og satser er decimal.Decimal; ingen utregning bruker float64,
// bortsett fra AvrundingNAV, som bruker double bare for å gjenskape NAVs
// bitoppførsel. Hver funksjon sier i sin dokumentasjon hvor det rundes;
// avrunding er alltid til hele kroner, halvt opp (RundHalvtOpp).
//
// # Datoer og versjoner
//
// Satser og regler er datert. Et oppslag før første kjente verdi, etter en
// eksplisitt avsluttet verdi, eller et tilfelle pakken ikke modellerer, gir
// en feil (ErrIngenSats, ErrIkkeModellert), aldri en gjetning. G for 2026 er
// ikke kjent: G-tabellen slutter 30. april 2026. Ekspertbistand har ingen
// tabell: maksimalbeløpet gjelder per sak og tallene som er funnet er ikke
// datert i en kilde vi kan stole på.
//
// Alle funksjoner er rene: ingen global tilstand som endres, trygge for
// samtidig bruk og deterministiske.
package tilskudd
