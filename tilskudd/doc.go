// Package tilskudd regner ut hvor mye: tilskuddsprosenter over tid,
// lønnskostnaden (refusjonsgrunnlaget), månedlige tilskuddsperioder,
// refusjon for en oppgjort periode med tak (fra samlet bruttolønn eller fra
// linjene i a-meldingen), daterte satstabeller (G, VTA, VTAO, AFT,
// inkluderingstilskudd) som en tjeneste kan utvide, hendelser som avslutter
// et tilskudd, og inntektsgrensen for uføretrygdede.
//
// Pakken er det tredje spørsmålet i tiltaksregler («hvor mye?»), ved siden
// av regler («kan personen få tiltaket?») og varighet («hvor lenge?»). Den
// bygger på tiltak (datoer, perioder, katalogen, hjemler) og på varighet
// (BeregnAvtale sjekker avtalens lengde).
//
// # Ett kall per avtale
//
// BeregnAvtale tar avtalen (tiltak, periode, innsatsgruppe, avtalt
// prosent), faktaene om deltakeren og lønnsgrunnlaget, sjekker perioden
// mot maksimal varighet og gir satsplanen og de månedlige
// tilskuddsperiodene bare når perioden holder. En avtale som er lengre enn
// forskriften tillater, er en feil som navngir grensen og bestemmelsen; en
// lengde som avhenger av et vilkår som må vurderes, er en feil som lister
// vilkårene (varighet.ErrMaVurderes). Byggesteinene NySatsplan,
// BeregnManed og Tilskuddsperioder finnes fortsatt, men sjekker ikke
// varigheten.
//
// # Samme vokabular som regler og varighet
//
// Valgene er regler.Valg, gitt til …Med-formene (NySatsplanMed,
// BeregnAvtaleMed, SatstidslinjeMed) som til regler.VurderMed. Med
// MedPraksis avgjør innsatsgruppen prosenten når arbeidsevnen ikke er
// oppgitt (NAVs praksis, merket i Satsplan.Praksis), den samme lesningen
// varighet.Arbeidsevne gjør for varigheten; uten praksis leses
// innsatsgruppen ikke, og en prosent som avhenger av arbeidsevnen, gir
// ErrUkjentFaktum for feltet arbeidsevne. Et svar med tre utfall er et
// regler.Utfall (Sommerjobbvurdering.Utfall, Inkluderingssjekk.Utfall,
// Inntektsvurdering.Innenfor, Stoppvirkning.Utfall). ErrIkkeModellert er
// den samme verdien som regler.ErrIkkeModellert, og den konkrete feilen er
// en *IkkeModellertFeil pakket i en *tiltak.FeltFeil som navngir feltet.
// Manglende fakta er et tiltak.Faktasett.
//
// # Prosent og sats
//
// Alle prosenter i pakken er hele prosent, i hvert felt og hvert JSON-navn:
// 40 betyr 40 %, 12 betyr 12 % feriepenger og 14.1 betyr 14,1 %
// arbeidsgiveravgift. Feltene heter …Prosent i Go og …_prosent i JSON
// (Prosent, AvtaltProsent, FeriepengerProsent/feriepenger_prosent,
// OTPProsent/otp_prosent, ArbeidsgiveravgiftProsent/arbeidsgiveravgift_prosent).
// Ingen felt tar en brøk som 0.12. «Sats» betyr et beløp i kroner fra en
// datert tabell (G, VTAO-satsen per måned, …; se Satser); Satsplan er det
// gamle navnet på planen over tilskuddsprosenter. Fribeløpet i
// inntektsgrensen for uføretrygdede oppgis i antall G
// (Inntektsgrensesvar.AntallG: 0,4 eller 1), som i kildene, ikke i prosent.
//
// # Manglende verdier
//
// En lønn, prosent eller et beløp beregningen trenger, er en
// decimal.NullDecimal. En verdi som mangler (Valid = false i Go, null eller
// et felt som ikke står der i JSON) er en feil som navngir feltet og matcher
// ErrMangler; den regnes aldri som 0. En oppgitt 0 er lov der den betyr noe:
// 0 % arbeidsgiveravgift, en måned uten utbetalt lønn. Beløp som er fratrekk
// eller tillegg (ferietrekk, refunderbart beløp, tidligere utbetalt) er
// vanlige decimal.Decimal der 0 betyr «ingen».
//
// # Regel og praksis
//
// Forskriften sier hva som dekkes og hvilke satser som gjelder; NAVs
// systemer bestemmer rekkefølgen i regnestykket, avrundingen, delingen i
// perioder, den forholdsmessige utregningen (dager / 30,4375) og hvilke
// linjer i a-meldingen som er lønn. Pakken følger NAVs regnestykke til
// kronen, men hver del er merket: hjemler med kilde tiltak.NAVPraksis er
// praksis, og Regler lister hver regel med Praksis og Uverifisert. Der
// praksis avviker i avrunding, er forskjellen et eget valg:
// AvrundingDesimal (eksakt, standard) eller AvrundingNAV (NAVs
// double-avrunding av prosentsteget).
//
// # Penger
//
// Alle beløp og prosenter inn og ut er decimal.Decimal (eller
// decimal.NullDecimal). Hver funksjon sier i sin dokumentasjon hvor det
// rundes; avrunding er til hele kroner, halvt opp (RundHalvtOpp), med
// AvrundingNAV som eneste unntak (den bruker double bare for å gjenskape
// NAVs bitoppførsel).
//
// Inni regner pakken med eksakte heltall når tallene får plass: hvert tall
// er k × 10^e med k i int64, og hver operasjon sjekker for overflyt. Får et
// mellomresultat ikke plass, eller har en prosent flere desimaler enn
// int64 rommer, regnes hele beregningen med shopspring/decimal i stedet.
// Svaret er det samme på begge veier; fuzz-målene FuzzKostnadskjede,
// FuzzRefusjonRask, FuzzPerioderRask og FuzzBelopIManed og
// TestKostnadskjedeMotDesimal (200 000 lønner og hvert .5-punkt) sammenligner
// dem. Beløp over MaksKroner (10^12 kroner) er en feil (ErrUtenforOmrade),
// aldri feil penger. Verdiene i svaret lages i én blokk i stedet for to
// allokeringer per beløp; se desimal.go for hvordan.
//
// # Satser og datoer
//
// Satser og regler er datert. Et oppslag før første kjente verdi, etter en
// eksplisitt avsluttet verdi, eller et tilfelle pakken ikke modellerer, gir
// en feil (ErrIngenSats med en *IngenSatsFeil som navngir tabellen og
// datoen, ErrIkkeModellert), aldri en gjetning. G fra 1. mai 2026 er 136 549
// kroner (NAVs praksis, nav-praksis § 2e); raden slutter 30. april 2027.
//
// Satsene er ikke forskriftstekst, og en tjeneste kan ikke vente på en ny
// versjon av biblioteket når neste års G er kunngjort. StandardSatser gir
// tabellene som følger med; Satser.Med (i kode) og Satser.MedJSON (fra en
// fil) gir et nytt Satser med flere rader, som tjenesten lager ved oppstart
// og bruker i stedet for pakkefunksjonene:
//
//	satser, err := tilskudd.StandardSatser().Med(tilskudd.TabellG, tilskudd.Sats{
//		Fra: tiltak.MustDato(2027, 5, 1), Til: tiltak.MustDato(2028, 4, 30),
//		Belop: nyG, Bevis: "kunngjort 2027-05-…",
//	})
//	…
//	r, err := satser.BeregnRefusjon(grunnlag)
//
// Ekspertbistand har ingen tabell: maksimalbeløpet gjelder per sak og
// tallene som er funnet er ikke datert i en kilde vi kan stole på.
//
// Alle funksjoner er rene: ingen global tilstand som endres, trygge for
// samtidig bruk og deterministiske. Et Satser endres aldri etter at det er
// laget.
package tilskudd
