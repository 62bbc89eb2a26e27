// Kode generert av TestIDerEksportert (ider_test.go); IKKE REDIGER.

package regler

// Id-ene til vilkårene og praksisreglene et spor kan inneholde, som
// konstanter: sammenlign med Vilkar.ID() eller slå opp med FinnVilkar.
// Navnet er id-en skrevet som et Go-navn.
const (
	// VilkarEr13V20230620NodvendigOgHensiktsmessig er vilkåret "nodvendig-og-hensiktsmessig" (egenregiforskriften § 1-3 første ledd).
	VilkarEr13V20230620NodvendigOgHensiktsmessig = "er-1-3-v20230620.nodvendig-og-hensiktsmessig"
	// VilkarEr21V20230620Alder16 er vilkåret "alder-16" (egenregiforskriften § 2-1).
	VilkarEr21V20230620Alder16 = "er-2-1-v20230620.alder-16"
	// VilkarEr21V20230620BehovOmfattendeBistand er vilkåret "behov-omfattende-bistand" (egenregiforskriften § 2-1).
	VilkarEr21V20230620BehovOmfattendeBistand = "er-2-1-v20230620.behov-omfattende-bistand"
	// VilkarEr24V20230620NedsattArbeidsevne er vilkåret "nedsatt-arbeidsevne" (egenregiforskriften § 2-4).
	VilkarEr24V20230620NedsattArbeidsevne = "er-2-4-v20230620.nedsatt-arbeidsevne"
	// VilkarEr24V20230620NedsattOgOpplaeringB er vilkåret "nedsatt-og-opplaering-b" (egenregiforskriften § 2-4).
	VilkarEr24V20230620NedsattOgOpplaeringB = "er-2-4-v20230620.nedsatt-og-opplaering-b"
	// VilkarEr24V20230620OpplaeringB er vilkåret "opplaering-b" (egenregiforskriften § 2-4).
	VilkarEr24V20230620OpplaeringB = "er-2-4-v20230620.opplaering-b"
	// VilkarEr24V20250801NedsattArbeidsevne er vilkåret "nedsatt-arbeidsevne" (egenregiforskriften § 2-4).
	VilkarEr24V20250801NedsattArbeidsevne = "er-2-4-v20250801.nedsatt-arbeidsevne"
	// VilkarEr24V20250801NedsattOgOpplaeringD er vilkåret "nedsatt-og-opplaering-d" (egenregiforskriften § 2-4).
	VilkarEr24V20250801NedsattOgOpplaeringD = "er-2-4-v20250801.nedsatt-og-opplaering-d"
	// VilkarEr24V20250801OpplaeringD er vilkåret "opplaering-d" (egenregiforskriften § 2-4).
	VilkarEr24V20250801OpplaeringD = "er-2-4-v20250801.opplaering-d"
	// VilkarEr31V20230620Alder16 er vilkåret "alder-16" (egenregiforskriften § 3-1 første ledd).
	VilkarEr31V20230620Alder16 = "er-3-1-v20230620.alder-16"
	// VilkarEr31V20230620BehovOmfattendeBistand er vilkåret "behov-omfattende-bistand" (egenregiforskriften § 3-1 første ledd).
	VilkarEr31V20230620BehovOmfattendeBistand = "er-3-1-v20230620.behov-omfattende-bistand"
	// VilkarEr31V20230620Malgruppe er vilkåret "malgruppe" (egenregiforskriften § 3-1).
	VilkarEr31V20230620Malgruppe = "er-3-1-v20230620.malgruppe"
	// VilkarEr31V20260901AlderFraAret16 er vilkåret "alder-fra-aret-16" (egenregiforskriften § 3-1 fjerde ledd).
	VilkarEr31V20260901AlderFraAret16 = "er-3-1-v20260901.alder-fra-aret-16"
	// VilkarEr31V20260901BehovOmfattendeBistand er vilkåret "behov-omfattende-bistand" (egenregiforskriften § 3-1 første ledd).
	VilkarEr31V20260901BehovOmfattendeBistand = "er-3-1-v20260901.behov-omfattende-bistand"
	// VilkarEr31V20260901Malgruppe er vilkåret "malgruppe" (egenregiforskriften § 3-1).
	VilkarEr31V20260901Malgruppe = "er-3-1-v20260901.malgruppe"
	// VilkarEr31V20260901MalgruppeUng er vilkåret "malgruppe-ung" (egenregiforskriften § 3-1 første ledd).
	VilkarEr31V20260901MalgruppeUng = "er-3-1-v20260901.malgruppe-ung"
	// VilkarEr31V20260901SamtykkeOgOnske er vilkåret "samtykke-og-onske" (egenregiforskriften § 3-1 tredje ledd).
	VilkarEr31V20260901SamtykkeOgOnske = "er-3-1-v20260901.samtykke-og-onske"
	// VilkarEr32V20230620Samtykke er vilkåret "samtykke" (egenregiforskriften § 3-2 andre ledd).
	VilkarEr32V20230620Samtykke = "er-3-2-v20230620.samtykke"
	// VilkarEr35V20230620NedsattArbeidsevne er vilkåret "nedsatt-arbeidsevne" (egenregiforskriften § 3-5).
	VilkarEr35V20230620NedsattArbeidsevne = "er-3-5-v20230620.nedsatt-arbeidsevne"
	// VilkarEr35V20260901NedsattArbeidsevne er vilkåret "nedsatt-arbeidsevne" (egenregiforskriften § 3-5).
	VilkarEr35V20260901NedsattArbeidsevne = "er-3-5-v20260901.nedsatt-arbeidsevne"
	// VilkarEr35V20260901NedsattOgUtdanning er vilkåret "nedsatt-og-utdanning" (egenregiforskriften § 3-5).
	VilkarEr35V20260901NedsattOgUtdanning = "er-3-5-v20260901.nedsatt-og-utdanning"
	// VilkarEr35V20260901Utdanning er vilkåret "utdanning" (egenregiforskriften § 3-5).
	VilkarEr35V20260901Utdanning = "er-3-5-v20260901.utdanning"
	// VilkarEr36V20230620Alder1630 er vilkåret "alder-16-30" (egenregiforskriften § 3-6 første ledd).
	VilkarEr36V20230620Alder1630 = "er-3-6-v20230620.alder-16-30"
	// VilkarEr36V20230620BehovOmfattendeBistand er vilkåret "behov-omfattende-bistand" (egenregiforskriften § 3-6 andre ledd).
	VilkarEr36V20230620BehovOmfattendeBistand = "er-3-6-v20230620.behov-omfattende-bistand"
	// VilkarEr36V20230620Malgruppe er vilkåret "malgruppe" (egenregiforskriften § 3-6 tredje ledd).
	VilkarEr36V20230620Malgruppe = "er-3-6-v20230620.malgruppe"
	// VilkarEr36V20230620NedsattArbeidsevne er vilkåret "nedsatt-arbeidsevne" (egenregiforskriften § 3-6).
	VilkarEr36V20230620NedsattArbeidsevne = "er-3-6-v20230620.nedsatt-arbeidsevne"
	// VilkarEr36V20230620NedsattOgUtdanning er vilkåret "nedsatt-og-utdanning" (egenregiforskriften § 3-6).
	VilkarEr36V20230620NedsattOgUtdanning = "er-3-6-v20230620.nedsatt-og-utdanning"
	// VilkarEr36V20230620Samtykke er vilkåret "samtykke" (egenregiforskriften § 3-6 andre ledd).
	VilkarEr36V20230620Samtykke = "er-3-6-v20230620.samtykke"
	// VilkarEr36V20230620Utdanning er vilkåret "utdanning" (egenregiforskriften § 3-6).
	VilkarEr36V20230620Utdanning = "er-3-6-v20230620.utdanning"
	// VilkarEr36V20260901Alder1630 er vilkåret "alder-16-30" (egenregiforskriften § 3-6 første ledd).
	VilkarEr36V20260901Alder1630 = "er-3-6-v20260901.alder-16-30"
	// VilkarEr41V20230701Alder1630 er vilkåret "alder-16-30" (egenregiforskriften § 4-1).
	VilkarEr41V20230701Alder1630 = "er-4-1-v20230701.alder-16-30"
	// VilkarEr41V20230701BistandsbehovFastslatt er vilkåret "bistandsbehov-fastslatt" (egenregiforskriften § 4-1).
	VilkarEr41V20230701BistandsbehovFastslatt = "er-4-1-v20230701.bistandsbehov-fastslatt"
	// VilkarEr41V20250801Alder er vilkåret "alder" (egenregiforskriften § 4-1).
	VilkarEr41V20250801Alder = "er-4-1-v20250801.alder"
	// VilkarEr41V20250801BistandsbehovFastslatt er vilkåret "bistandsbehov-fastslatt" (egenregiforskriften § 4-1).
	VilkarEr41V20250801BistandsbehovFastslatt = "er-4-1-v20250801.bistandsbehov-fastslatt"
	// VilkarEr42V20230701IkkeIKraftUngdomsgaranti er vilkåret "ikke-i-kraft" (egenregiforskriften § 4-2).
	VilkarEr42V20230701IkkeIKraftUngdomsgaranti = "er-4-2-v20230701.ikke-i-kraft.ungdomsgaranti"
	// VilkarFir12V20260801IkkeIKraftFirearigLonnstilskudd er vilkåret "ikke-i-kraft" (forskrift om forsøk med fireårig lønnstilskudd § 12).
	VilkarFir12V20260801IkkeIKraftFirearigLonnstilskudd = "fir-12-v20260801.ikke-i-kraft.firearig-lonnstilskudd"
	// VilkarFir12V20260801IkkeLengerIKraftFirearigLonnstilskudd er vilkåret "ikke-i-kraft" (forskrift om forsøk med fireårig lønnstilskudd § 12).
	VilkarFir12V20260801IkkeLengerIKraftFirearigLonnstilskudd = "fir-12-v20260801.ikke-lenger-i-kraft.firearig-lonnstilskudd"
	// VilkarFir2V20260801NavKontorIForsoket er vilkåret "nav-kontor-i-forsoket" (forskrift om forsøk med fireårig lønnstilskudd § 2).
	VilkarFir2V20260801NavKontorIForsoket = "fir-2-v20260801.nav-kontor-i-forsoket"
	// VilkarFir4V20260801BehovsOgArbeidsevnevurdering er vilkåret "behovs-og-arbeidsevnevurdering" (forskrift om forsøk med fireårig lønnstilskudd § 4 andre ledd).
	VilkarFir4V20260801BehovsOgArbeidsevnevurdering = "fir-4-v20260801.behovs-og-arbeidsevnevurdering"
	// VilkarFir4V20260801NedsattArbeidsevneHelseEllerSosialt er vilkåret "nedsatt-arbeidsevne-helse-eller-sosialt" (forskrift om forsøk med fireårig lønnstilskudd § 4 første ledd).
	VilkarFir4V20260801NedsattArbeidsevneHelseEllerSosialt = "fir-4-v20260801.nedsatt-arbeidsevne-helse-eller-sosialt"
	// VilkarFir4V20260801NyAnsettelse er vilkåret "ny-ansettelse" (forskrift om forsøk med fireårig lønnstilskudd § 4 første ledd).
	VilkarFir4V20260801NyAnsettelse = "fir-4-v20260801.ny-ansettelse"
	// VilkarFir4V20260801Under30VedTildeling er vilkåret "under-30-ved-tildeling" (forskrift om forsøk med fireårig lønnstilskudd § 4 første ledd).
	VilkarFir4V20260801Under30VedTildeling = "fir-4-v20260801.under-30-ved-tildeling"
	// VilkarFir4V20260801VanskerMedArbeid er vilkåret "vansker-med-arbeid" (forskrift om forsøk med fireårig lønnstilskudd § 4 første ledd).
	VilkarFir4V20260801VanskerMedArbeid = "fir-4-v20260801.vansker-med-arbeid"
	// VilkarFir8V20260801MidlertidigAnsettelse er vilkåret "midlertidig-ansettelse" (forskrift om forsøk med fireårig lønnstilskudd § 8).
	VilkarFir8V20260801MidlertidigAnsettelse = "fir-8-v20260801.midlertidig-ansettelse"
	// VilkarIkkeModellert er vilkåret "ikke-modellert" (ingen hjemmel).
	VilkarIkkeModellert = "ikke-modellert"
	// VilkarPraksisAlder67VtaoV20160101Alder67 er vilkåret "alder-67" (NAVs praksis (aldersgrense 67 år ved sluttdato)).
	VilkarPraksisAlder67VtaoV20160101Alder67 = "praksis-alder-67-vtao-v20160101.alder-67"
	// VilkarPraksisAlderOppstartV20160101Under30 er vilkåret "under-30" (NAVs praksis (ikke fylt 30 år før oppstart)).
	VilkarPraksisAlderOppstartV20160101Under30 = "praksis-alder-oppstart-v20160101.under-30"
	// VilkarPraksisAlderSluttdatoV20160101Alder67 er vilkåret "alder-67" (NAVs praksis (aldersgrense ved sluttdato)).
	VilkarPraksisAlderSluttdatoV20160101Alder67 = "praksis-alder-sluttdato-v20160101.alder-67"
	// VilkarPraksisAlderSluttdatoV20230801Alder72 er vilkåret "alder-72" (NAVs praksis (aldersgrense ved sluttdato)).
	VilkarPraksisAlderSluttdatoV20230801Alder72 = "praksis-alder-sluttdato-v20230801.alder-72"
	// VilkarPraksisInnsatsgruppeV20160101Nedsatt er vilkåret "nedsatt" (NAVs praksis (innsatsgrupper per tiltak)).
	VilkarPraksisInnsatsgruppeV20160101Nedsatt = "praksis-innsatsgruppe-v20160101.nedsatt"
	// VilkarPraksisInnsatsgruppeV20160101Varig er vilkåret "varig" (NAVs praksis (innsatsgrupper per tiltak)).
	VilkarPraksisInnsatsgruppeV20160101Varig = "praksis-innsatsgruppe-v20160101.varig"
	// VilkarPraksisInnsatsgruppeV20160101Veiledning er vilkåret "veiledning" (NAVs praksis (innsatsgrupper per tiltak)).
	VilkarPraksisInnsatsgruppeV20160101Veiledning = "praksis-innsatsgruppe-v20160101.veiledning"
	// VilkarPraksisVtaoSisteOppstartV20160101Dato er vilkåret "dato" (NAVs praksis (siste oppstart 31. august 2026)).
	VilkarPraksisVtaoSisteOppstartV20160101Dato = "praksis-vtao-siste-oppstart-v20160101.dato"
	// VilkarSeed003PlasstyperUdatertNavVelgerTiltaksform er vilkåret "nav-velger-tiltaksform" (kommunal rutine for praksisplasser (plasstyper og ytelser)).
	VilkarSeed003PlasstyperUdatertNavVelgerTiltaksform = "seed003-plasstyper-udatert.nav-velger-tiltaksform"
	// VilkarSeed004VtaOppfolgingsbehovV20160101Oppfolgingsbehov15 er vilkåret "oppfolgingsbehov-1-5" (veiledningen «Aktører og tiltak» (oppfølgingsbehov gjerne høyst 1:5)).
	VilkarSeed004VtaOppfolgingsbehovV20160101Oppfolgingsbehov15 = "seed004-vta-oppfolgingsbehov-v20160101.oppfolgingsbehov-1-5"
	// VilkarTf113V20160101IkkeForetakIVansker er vilkåret "ikke-foretak-i-vansker" (tiltaksforskriften § 1-13 andre ledd).
	VilkarTf113V20160101IkkeForetakIVansker = "tf-1-13-v20160101.ikke-foretak-i-vansker"
	// VilkarTf113V20260329IkkeForetakIVansker er vilkåret "ikke-foretak-i-vansker" (tiltaksforskriften § 1-13 andre ledd).
	VilkarTf113V20260329IkkeForetakIVansker = "tf-1-13-v20260329.ikke-foretak-i-vansker"
	// VilkarTf13L1V20160101NodvendigOgHensiktsmessig er vilkåret "nodvendig-og-hensiktsmessig" (tiltaksforskriften § 1-3 første ledd).
	VilkarTf13L1V20160101NodvendigOgHensiktsmessig = "tf-1-3-l1-v20160101.nodvendig-og-hensiktsmessig"
	// VilkarTf13L3V20160101Alder16 er vilkåret "alder-16" (tiltaksforskriften § 1-3 tredje ledd).
	VilkarTf13L3V20160101Alder16 = "tf-1-3-l3-v20160101.alder-16"
	// VilkarTf13L3V20250801Alder16 er vilkåret "alder-16" (tiltaksforskriften § 1-3 tredje ledd).
	VilkarTf13L3V20250801Alder16 = "tf-1-3-l3-v20250801.alder-16"
	// VilkarTf13L3V20250801Alder16Eller73Unntak er vilkåret "alder-16-eller-7-3-unntak" (tiltaksforskriften § 1-3 tredje ledd).
	VilkarTf13L3V20250801Alder16Eller73Unntak = "tf-1-3-l3-v20250801.alder-16-eller-7-3-unntak"
	// VilkarTf16V20160101IkkeNaerstaende er vilkåret "ikke-naerstaende" (tiltaksforskriften § 1-6 tredje ledd).
	VilkarTf16V20160101IkkeNaerstaende = "tf-1-6-v20160101.ikke-naerstaende"
	// VilkarTf18V20160101Arbeidstaker er vilkåret "arbeidstaker" (tiltaksforskriften § 1-8).
	VilkarTf18V20160101Arbeidstaker = "tf-1-8-v20160101.arbeidstaker"
	// VilkarTf103V20160101BeholdeEtterSykefravaer er vilkåret "beholde-etter-sykefravaer" (tiltaksforskriften § 10-3).
	VilkarTf103V20160101BeholdeEtterSykefravaer = "tf-10-3-v20160101.beholde-etter-sykefravaer"
	// VilkarTf103V20160101VarigNedsattArbeidsevne er vilkåret "varig-nedsatt-arbeidsevne" (tiltaksforskriften § 10-3 første ledd).
	VilkarTf103V20160101VarigNedsattArbeidsevne = "tf-10-3-v20160101.varig-nedsatt-arbeidsevne"
	// VilkarTf103V20180101BeholdeEtterSykefravaer er vilkåret "beholde-etter-sykefravaer" (tiltaksforskriften § 10-3 andre ledd).
	VilkarTf103V20180101BeholdeEtterSykefravaer = "tf-10-3-v20180101.beholde-etter-sykefravaer"
	// VilkarTf103V20180101VarigNedsattArbeidsevne er vilkåret "varig-nedsatt-arbeidsevne" (tiltaksforskriften § 10-3 første ledd).
	VilkarTf103V20180101VarigNedsattArbeidsevne = "tf-10-3-v20180101.varig-nedsatt-arbeidsevne"
	// VilkarTf104V20160101Arbeidsevnevurdering er vilkåret "arbeidsevnevurdering" (tiltaksforskriften § 10-4 andre ledd).
	VilkarTf104V20160101Arbeidsevnevurdering = "tf-10-4-v20160101.arbeidsevnevurdering"
	// VilkarTf104V20160101HelseEllerSosialeArsaker er vilkåret "helse-eller-sosiale-arsaker" (tiltaksforskriften § 10-4 første ledd).
	VilkarTf104V20160101HelseEllerSosialeArsaker = "tf-10-4-v20160101.helse-eller-sosiale-arsaker"
	// VilkarTf104V20160101TidsbegrensedeTiltakForsokt er vilkåret "tidsbegrensede-tiltak-forsokt" (tiltaksforskriften § 10-4 tredje ledd).
	VilkarTf104V20160101TidsbegrensedeTiltakForsokt = "tf-10-4-v20160101.tidsbegrensede-tiltak-forsokt"
	// VilkarTf105V20160101Tilretteleggingsplikt er vilkåret "tilretteleggingsplikt" (tiltaksforskriften § 10-5 første ledd).
	VilkarTf105V20160101Tilretteleggingsplikt = "tf-10-5-v20160101.tilretteleggingsplikt"
	// VilkarTf112L1V20160101DeltarITiltak er vilkåret "deltar-i-tiltak" (tiltaksforskriften § 11-2 første ledd).
	VilkarTf112L1V20160101DeltarITiltak = "tf-11-2-l1-v20160101.deltar-i-tiltak"
	// VilkarTf112L1V20160101DeltarITiltakEllerTf112L2V20160101AvtaleEllerFormidlingEllerTf112L3V20160101ForskriftsfestetForsok er vilkåret "alternativer" (tiltaksforskriften § 11-2 første ledd).
	VilkarTf112L1V20160101DeltarITiltakEllerTf112L2V20160101AvtaleEllerFormidlingEllerTf112L3V20160101ForskriftsfestetForsok = "tf-11-2-l1-v20160101.deltar-i-tiltak+tf-11-2-l2-v20160101.avtale-eller-formidling+tf-11-2-l3-v20160101.forskriftsfestet-forsok"
	// VilkarTf112L1V20161001DeltarITiltak er vilkåret "deltar-i-tiltak" (tiltaksforskriften § 11-2 første ledd).
	VilkarTf112L1V20161001DeltarITiltak = "tf-11-2-l1-v20161001.deltar-i-tiltak"
	// VilkarTf112L1V20161001DeltarITiltakEllerTf112L2V20160101AvtaleEllerFormidlingEllerTf112L3V20160101ForskriftsfestetForsok er vilkåret "alternativer" (tiltaksforskriften § 11-2 første ledd).
	VilkarTf112L1V20161001DeltarITiltakEllerTf112L2V20160101AvtaleEllerFormidlingEllerTf112L3V20160101ForskriftsfestetForsok = "tf-11-2-l1-v20161001.deltar-i-tiltak+tf-11-2-l2-v20160101.avtale-eller-formidling+tf-11-2-l3-v20160101.forskriftsfestet-forsok"
	// VilkarTf112L1V20180101DeltarITiltak er vilkåret "deltar-i-tiltak" (tiltaksforskriften § 11-2 første ledd).
	VilkarTf112L1V20180101DeltarITiltak = "tf-11-2-l1-v20180101.deltar-i-tiltak"
	// VilkarTf112L1V20180101DeltarITiltakEllerTf112L2V20160101AvtaleEllerFormidlingEllerTf112L3V20160101ForskriftsfestetForsok er vilkåret "alternativer" (tiltaksforskriften § 11-2 første ledd).
	VilkarTf112L1V20180101DeltarITiltakEllerTf112L2V20160101AvtaleEllerFormidlingEllerTf112L3V20160101ForskriftsfestetForsok = "tf-11-2-l1-v20180101.deltar-i-tiltak+tf-11-2-l2-v20160101.avtale-eller-formidling+tf-11-2-l3-v20160101.forskriftsfestet-forsok"
	// VilkarTf112L1V20210223DeltarITiltak er vilkåret "deltar-i-tiltak" (tiltaksforskriften § 11-2 første ledd).
	VilkarTf112L1V20210223DeltarITiltak = "tf-11-2-l1-v20210223.deltar-i-tiltak"
	// VilkarTf112L1V20210223DeltarITiltakEllerTf112L2V20160101AvtaleEllerFormidlingEllerTf112L3V20160101ForskriftsfestetForsok er vilkåret "alternativer" (tiltaksforskriften § 11-2 første ledd).
	VilkarTf112L1V20210223DeltarITiltakEllerTf112L2V20160101AvtaleEllerFormidlingEllerTf112L3V20160101ForskriftsfestetForsok = "tf-11-2-l1-v20210223.deltar-i-tiltak+tf-11-2-l2-v20160101.avtale-eller-formidling+tf-11-2-l3-v20160101.forskriftsfestet-forsok"
	// VilkarTf112L1V20210422DeltarITiltak er vilkåret "deltar-i-tiltak" (tiltaksforskriften § 11-2 første ledd).
	VilkarTf112L1V20210422DeltarITiltak = "tf-11-2-l1-v20210422.deltar-i-tiltak"
	// VilkarTf112L1V20210422DeltarITiltakEllerTf112L2V20160101AvtaleEllerFormidlingEllerTf112L3V20160101ForskriftsfestetForsok er vilkåret "alternativer" (tiltaksforskriften § 11-2 første ledd).
	VilkarTf112L1V20210422DeltarITiltakEllerTf112L2V20160101AvtaleEllerFormidlingEllerTf112L3V20160101ForskriftsfestetForsok = "tf-11-2-l1-v20210422.deltar-i-tiltak+tf-11-2-l2-v20160101.avtale-eller-formidling+tf-11-2-l3-v20160101.forskriftsfestet-forsok"
	// VilkarTf112L1V20210422DeltarITiltakEllerTf112L2V20220901SaerskiltTilretteleggingsbehovEllerTf112L3V20160101ForskriftsfestetForsok er vilkåret "alternativer" (tiltaksforskriften § 11-2 første ledd).
	VilkarTf112L1V20210422DeltarITiltakEllerTf112L2V20220901SaerskiltTilretteleggingsbehovEllerTf112L3V20160101ForskriftsfestetForsok = "tf-11-2-l1-v20210422.deltar-i-tiltak+tf-11-2-l2-v20220901.saerskilt-tilretteleggingsbehov+tf-11-2-l3-v20160101.forskriftsfestet-forsok"
	// VilkarTf112L1V20260901DeltarITiltak er vilkåret "deltar-i-tiltak" (tiltaksforskriften § 11-2 første ledd).
	VilkarTf112L1V20260901DeltarITiltak = "tf-11-2-l1-v20260901.deltar-i-tiltak"
	// VilkarTf112L1V20260901DeltarITiltakEllerTf112L2V20220901SaerskiltTilretteleggingsbehovEllerTf112L3V20160101ForskriftsfestetForsok er vilkåret "alternativer" (tiltaksforskriften § 11-2 første ledd).
	VilkarTf112L1V20260901DeltarITiltakEllerTf112L2V20220901SaerskiltTilretteleggingsbehovEllerTf112L3V20160101ForskriftsfestetForsok = "tf-11-2-l1-v20260901.deltar-i-tiltak+tf-11-2-l2-v20220901.saerskilt-tilretteleggingsbehov+tf-11-2-l3-v20160101.forskriftsfestet-forsok"
	// VilkarTf112L2V20160101AvtaleEllerFormidling er vilkåret "avtale-eller-formidling" (tiltaksforskriften § 11-2 andre ledd).
	VilkarTf112L2V20160101AvtaleEllerFormidling = "tf-11-2-l2-v20160101.avtale-eller-formidling"
	// VilkarTf112L2V20220901SaerskiltTilretteleggingsbehov er vilkåret "saerskilt-tilretteleggingsbehov" (tiltaksforskriften § 11-2 andre ledd).
	VilkarTf112L2V20220901SaerskiltTilretteleggingsbehov = "tf-11-2-l2-v20220901.saerskilt-tilretteleggingsbehov"
	// VilkarTf112L3V20160101ForskriftsfestetForsok er vilkåret "forskriftsfestet-forsok" (tiltaksforskriften § 11-2 tredje ledd).
	VilkarTf112L3V20160101ForskriftsfestetForsok = "tf-11-2-l3-v20160101.forskriftsfestet-forsok"
	// VilkarTf115V20160101IkkeDekketAnnetSted er vilkåret "ikke-dekket-annet-sted" (tiltaksforskriften § 11-5).
	VilkarTf115V20160101IkkeDekketAnnetSted = "tf-11-5-v20160101.ikke-dekket-annet-sted"
	// VilkarTf123V20160101Personkrets er vilkåret "personkrets" (tiltaksforskriften § 12-3).
	VilkarTf123V20160101Personkrets = "tf-12-3-v20160101.personkrets"
	// VilkarTf132V20161001IkkeIKraftAft er vilkåret "ikke-i-kraft" (tiltaksforskriften § 13-2).
	VilkarTf132V20161001IkkeIKraftAft = "tf-13-2-v20161001.ikke-i-kraft.aft"
	// VilkarTf133V20161001Personkrets er vilkåret "personkrets" (tiltaksforskriften § 13-3).
	VilkarTf133V20161001Personkrets = "tf-13-3-v20161001.personkrets"
	// VilkarTf134V20161001Forlengelse er vilkåret "forlengelse" (tiltaksforskriften § 13-4).
	VilkarTf134V20161001Forlengelse = "tf-13-4-v20161001.forlengelse"
	// VilkarTf134V20161001FormellKompetanse er vilkåret "formell-kompetanse" (tiltaksforskriften § 13-4).
	VilkarTf134V20161001FormellKompetanse = "tf-13-4-v20161001.formell-kompetanse"
	// VilkarTf134V20260101Forlengelse er vilkåret "forlengelse" (tiltaksforskriften § 13-4).
	VilkarTf134V20260101Forlengelse = "tf-13-4-v20260101.forlengelse"
	// VilkarTf134V20260101FormellKompetanse er vilkåret "formell-kompetanse" (tiltaksforskriften § 13-4).
	VilkarTf134V20260101FormellKompetanse = "tf-13-4-v20260101.formell-kompetanse"
	// VilkarTf135V20161001IkkeAnsatt er vilkåret "ikke-ansatt" (tiltaksforskriften § 13-5).
	VilkarTf135V20161001IkkeAnsatt = "tf-13-5-v20161001.ikke-ansatt"
	// VilkarTf135V20260101IkkeAnsatt er vilkåret "ikke-ansatt" (tiltaksforskriften § 13-5).
	VilkarTf135V20260101IkkeAnsatt = "tf-13-5-v20260101.ikke-ansatt"
	// VilkarTf143V20160101AndreTiltakVurdert er vilkåret "andre-tiltak-vurdert" (tiltaksforskriften § 14-3).
	VilkarTf143V20160101AndreTiltakVurdert = "tf-14-3-v20160101.andre-tiltak-vurdert"
	// VilkarTf143V20160101Tilrettelegging er vilkåret "tilrettelegging" (tiltaksforskriften § 14-3).
	VilkarTf143V20160101Tilrettelegging = "tf-14-3-v20160101.tilrettelegging"
	// VilkarTf143V20160101Uforetrygd er vilkåret "uforetrygd" (tiltaksforskriften § 14-3).
	VilkarTf143V20160101Uforetrygd = "tf-14-3-v20160101.uforetrygd"
	// VilkarTf14a3V20260901AndreTiltakVurdert er vilkåret "andre-tiltak-vurdert" (tiltaksforskriften § 14A-3).
	VilkarTf14a3V20260901AndreTiltakVurdert = "tf-14a-3-v20260901.andre-tiltak-vurdert"
	// VilkarTf14a3V20260901Tilrettelegging er vilkåret "tilrettelegging" (tiltaksforskriften § 14A-3).
	VilkarTf14a3V20260901Tilrettelegging = "tf-14a-3-v20260901.tilrettelegging"
	// VilkarTf14a3V20260901Uforetrygd er vilkåret "uforetrygd" (tiltaksforskriften § 14A-3).
	VilkarTf14a3V20260901Uforetrygd = "tf-14a-3-v20260901.uforetrygd"
	// VilkarTf23V20160101BehovUtvidetAvklaring er vilkåret "behov-utvidet-avklaring" (tiltaksforskriften § 2-3).
	VilkarTf23V20160101BehovUtvidetAvklaring = "tf-2-3-v20160101.behov-utvidet-avklaring"
	// VilkarTf24V20160101Forlengelse er vilkåret "forlengelse" (tiltaksforskriften § 2-4).
	VilkarTf24V20160101Forlengelse = "tf-2-4-v20160101.forlengelse"
	// VilkarTf33V20160101Personkrets er vilkåret "personkrets" (tiltaksforskriften § 3-3).
	VilkarTf33V20160101Personkrets = "tf-3-3-v20160101.personkrets"
	// VilkarTf35V20160101NedsattArbeidsevne er vilkåret "nedsatt-arbeidsevne" (tiltaksforskriften § 3-5).
	VilkarTf35V20160101NedsattArbeidsevne = "tf-3-5-v20160101.nedsatt-arbeidsevne"
	// VilkarTf36V20160101DroftetMedAnsattesRepresentanter er vilkåret "droftet-med-ansattes-representanter" (tiltaksforskriften § 3-6).
	VilkarTf36V20160101DroftetMedAnsattesRepresentanter = "tf-3-6-v20160101.droftet-med-ansattes-representanter"
	// VilkarTf37V20160101IkkeAnsatt er vilkåret "ikke-ansatt" (tiltaksforskriften § 3-7).
	VilkarTf37V20160101IkkeAnsatt = "tf-3-7-v20160101.ikke-ansatt"
	// VilkarTf37V20161001IkkeAnsatt er vilkåret "ikke-ansatt" (tiltaksforskriften § 3-7).
	VilkarTf37V20161001IkkeAnsatt = "tf-3-7-v20161001.ikke-ansatt"
	// VilkarTf42V20160101JobbklubbErOppfolging er vilkåret "jobbklubb-er-oppfolging" (tiltaksforskriften § 4-2 andre ledd).
	VilkarTf42V20160101JobbklubbErOppfolging = "tf-4-2-v20160101.jobbklubb-er-oppfolging"
	// VilkarTf43V20160101BehovOmfattendeBistand er vilkåret "behov-omfattende-bistand" (tiltaksforskriften § 4-3).
	VilkarTf43V20160101BehovOmfattendeBistand = "tf-4-3-v20160101.behov-omfattende-bistand"
	// VilkarTf44V20160101Forlengelse er vilkåret "forlengelse" (tiltaksforskriften § 4-4).
	VilkarTf44V20160101Forlengelse = "tf-4-4-v20160101.forlengelse"
	// VilkarTf44V20160101NedsattArbeidsevne er vilkåret "nedsatt-arbeidsevne" (tiltaksforskriften § 4-4).
	VilkarTf44V20160101NedsattArbeidsevne = "tf-4-4-v20160101.nedsatt-arbeidsevne"
	// VilkarTf44V20160101Overgang er vilkåret "overgang" (tiltaksforskriften § 4-4).
	VilkarTf44V20160101Overgang = "tf-4-4-v20160101.overgang"
	// VilkarTf53V20160101Personkrets er vilkåret "personkrets" (tiltaksforskriften § 5-3).
	VilkarTf53V20160101Personkrets = "tf-5-3-v20160101.personkrets"
	// VilkarTf53V20180101Personkrets er vilkåret "personkrets" (tiltaksforskriften § 5-3).
	VilkarTf53V20180101Personkrets = "tf-5-3-v20180101.personkrets"
	// VilkarTf53V20210422Personkrets er vilkåret "personkrets" (tiltaksforskriften § 5-3).
	VilkarTf53V20210422Personkrets = "tf-5-3-v20210422.personkrets"
	// VilkarTf53V20250701Personkrets er vilkåret "personkrets" (tiltaksforskriften § 5-3).
	VilkarTf53V20250701Personkrets = "tf-5-3-v20250701.personkrets"
	// VilkarTf53V20250801Personkrets er vilkåret "personkrets" (tiltaksforskriften § 5-3).
	VilkarTf53V20250801Personkrets = "tf-5-3-v20250801.personkrets"
	// VilkarTf54V20160101NedsattOgSaerligBehov er vilkåret "nedsatt-og-saerlig-behov" (tiltaksforskriften § 5-4).
	VilkarTf54V20160101NedsattOgSaerligBehov = "tf-5-4-v20160101.nedsatt-og-saerlig-behov"
	// VilkarTf54V20250801NedsattOgSaerligBehov er vilkåret "nedsatt-og-saerlig-behov" (tiltaksforskriften § 5-4).
	VilkarTf54V20250801NedsattOgSaerligBehov = "tf-5-4-v20250801.nedsatt-og-saerlig-behov"
	// VilkarTf54V20250801Under30Tilrettelagt er vilkåret "under-30-tilrettelagt" (tiltaksforskriften § 5-4).
	VilkarTf54V20250801Under30Tilrettelagt = "tf-5-4-v20250801.under-30-tilrettelagt"
	// VilkarTf56V20180101IkkeDekketAnnetSted er vilkåret "ikke-dekket-annet-sted" (tiltaksforskriften § 5-6 tredje ledd).
	VilkarTf56V20180101IkkeDekketAnnetSted = "tf-5-6-v20180101.ikke-dekket-annet-sted"
	// VilkarTf63V20160101Funksjonsnedsettelse er vilkåret "funksjonsnedsettelse" (tiltaksforskriften § 6-3).
	VilkarTf63V20160101Funksjonsnedsettelse = "tf-6-3-v20160101.funksjonsnedsettelse"
	// VilkarTf66V20160101TilretteleggingKlarlagt er vilkåret "tilrettelegging-klarlagt" (tiltaksforskriften § 6-6 første ledd).
	VilkarTf66V20160101TilretteleggingKlarlagt = "tf-6-6-v20160101.tilrettelegging-klarlagt"
	// VilkarTf67V20160101IkkeDekketAnnetSted er vilkåret "ikke-dekket-annet-sted" (tiltaksforskriften § 6-7).
	VilkarTf67V20160101IkkeDekketAnnetSted = "tf-6-7-v20160101.ikke-dekket-annet-sted"
	// VilkarTf72V20160101FormOpplaeringFagskole er vilkåret "form-opplaering-fagskole" (tiltaksforskriften § 7-2 første ledd bokstav b eller c).
	VilkarTf72V20160101FormOpplaeringFagskole = "tf-7-2-v20160101.form-opplaering-fagskole"
	// VilkarTf72V20160101FormOpplaeringNorskFov er vilkåret "form-opplaering-norsk-fov" (tiltaksforskriften § 7-2 første ledd bokstav a).
	VilkarTf72V20160101FormOpplaeringNorskFov = "tf-7-2-v20160101.form-opplaering-norsk-fov"
	// VilkarTf72V20160101FormOpplaeringStudiespesialisering er vilkåret "form-opplaering-studiespesialisering" (tiltaksforskriften § 7-2 første ledd bokstav c).
	VilkarTf72V20160101FormOpplaeringStudiespesialisering = "tf-7-2-v20160101.form-opplaering-studiespesialisering"
	// VilkarTf72V20161001FormOpplaeringFagskole er vilkåret "form-opplaering-fagskole" (tiltaksforskriften § 7-2 første ledd bokstav b eller c).
	VilkarTf72V20161001FormOpplaeringFagskole = "tf-7-2-v20161001.form-opplaering-fagskole"
	// VilkarTf72V20161001FormOpplaeringStudiespesialisering er vilkåret "form-opplaering-studiespesialisering" (tiltaksforskriften § 7-2 første ledd bokstav c).
	VilkarTf72V20161001FormOpplaeringStudiespesialisering = "tf-7-2-v20161001.form-opplaering-studiespesialisering"
	// VilkarTf72V20190701FormOpplaeringNorskFov er vilkåret "form-opplaering-norsk-fov" (tiltaksforskriften § 7-2 første ledd bokstav a).
	VilkarTf72V20190701FormOpplaeringNorskFov = "tf-7-2-v20190701.form-opplaering-norsk-fov"
	// VilkarTf72V20190701IkkeIKraftOpplaeringStudiespesialisering er vilkåret "ikke-i-kraft" (tiltaksforskriften § 7-2).
	VilkarTf72V20190701IkkeIKraftOpplaeringStudiespesialisering = "tf-7-2-v20190701.ikke-i-kraft.opplaering-studiespesialisering"
	// VilkarTf73V20160101BehovForKvalifisering er vilkåret "behov-for-kvalifisering" (tiltaksforskriften § 7-3 første ledd).
	VilkarTf73V20160101BehovForKvalifisering = "tf-7-3-v20160101.behov-for-kvalifisering"
	// VilkarTf73V20160101FagskoleBEllerC er vilkåret "fagskole-b-eller-c" (tiltaksforskriften § 7-3).
	VilkarTf73V20160101FagskoleBEllerC = "tf-7-3-v20160101.fagskole-b-eller-c"
	// VilkarTf73V20160101KursAlder19 er vilkåret "kurs-alder-19" (tiltaksforskriften § 7-3 andre ledd).
	VilkarTf73V20160101KursAlder19 = "tf-7-3-v20160101.kurs-alder-19"
	// VilkarTf73V20160101OrdinaerUtdanning er vilkåret "ordinaer-utdanning" (tiltaksforskriften § 7-3 femte ledd).
	VilkarTf73V20160101OrdinaerUtdanning = "tf-7-3-v20160101.ordinaer-utdanning"
	// VilkarTf73V20160101Yrkesrettet er vilkåret "yrkesrettet" (tiltaksforskriften § 7-3 fjerde ledd).
	VilkarTf73V20160101Yrkesrettet = "tf-7-3-v20160101.yrkesrettet"
	// VilkarTf73V20161001BehovForKvalifisering er vilkåret "behov-for-kvalifisering" (tiltaksforskriften § 7-3 første ledd).
	VilkarTf73V20161001BehovForKvalifisering = "tf-7-3-v20161001.behov-for-kvalifisering"
	// VilkarTf73V20161001FagskoleBEllerC er vilkåret "fagskole-b-eller-c" (tiltaksforskriften § 7-3).
	VilkarTf73V20161001FagskoleBEllerC = "tf-7-3-v20161001.fagskole-b-eller-c"
	// VilkarTf73V20161001KursAlder19 er vilkåret "kurs-alder-19" (tiltaksforskriften § 7-3 andre ledd).
	VilkarTf73V20161001KursAlder19 = "tf-7-3-v20161001.kurs-alder-19"
	// VilkarTf73V20161001OrdinaerUtdanning er vilkåret "ordinaer-utdanning" (tiltaksforskriften § 7-3 sjette ledd).
	VilkarTf73V20161001OrdinaerUtdanning = "tf-7-3-v20161001.ordinaer-utdanning"
	// VilkarTf73V20161001Yrkesrettet er vilkåret "yrkesrettet" (tiltaksforskriften § 7-3 femte ledd).
	VilkarTf73V20161001Yrkesrettet = "tf-7-3-v20161001.yrkesrettet"
	// VilkarTf73V20170101BehovForKvalifisering er vilkåret "behov-for-kvalifisering" (tiltaksforskriften § 7-3 første ledd).
	VilkarTf73V20170101BehovForKvalifisering = "tf-7-3-v20170101.behov-for-kvalifisering"
	// VilkarTf73V20170101FagskoleBEllerC er vilkåret "fagskole-b-eller-c" (tiltaksforskriften § 7-3).
	VilkarTf73V20170101FagskoleBEllerC = "tf-7-3-v20170101.fagskole-b-eller-c"
	// VilkarTf73V20170101KursAlder19 er vilkåret "kurs-alder-19" (tiltaksforskriften § 7-3 andre ledd).
	VilkarTf73V20170101KursAlder19 = "tf-7-3-v20170101.kurs-alder-19"
	// VilkarTf73V20170101OrdinaerUtdanning er vilkåret "ordinaer-utdanning" (tiltaksforskriften § 7-3 sjette ledd).
	VilkarTf73V20170101OrdinaerUtdanning = "tf-7-3-v20170101.ordinaer-utdanning"
	// VilkarTf73V20170101Yrkesrettet er vilkåret "yrkesrettet" (tiltaksforskriften § 7-3 femte ledd).
	VilkarTf73V20170101Yrkesrettet = "tf-7-3-v20170101.yrkesrettet"
	// VilkarTf73V20190701ABAlderOgVansker er vilkåret "a-b-alder-og-vansker" (tiltaksforskriften § 7-3 andre ledd).
	VilkarTf73V20190701ABAlderOgVansker = "tf-7-3-v20190701.a-b-alder-og-vansker"
	// VilkarTf73V20190701BehovForKvalifisering er vilkåret "behov-for-kvalifisering" (tiltaksforskriften § 7-3 første ledd).
	VilkarTf73V20190701BehovForKvalifisering = "tf-7-3-v20190701.behov-for-kvalifisering"
	// VilkarTf73V20190701CAlderOgArbeidsevne er vilkåret "c-alder-og-arbeidsevne" (tiltaksforskriften § 7-3 tredje ledd).
	VilkarTf73V20190701CAlderOgArbeidsevne = "tf-7-3-v20190701.c-alder-og-arbeidsevne"
	// VilkarTf73V20250701AEAlder19 er vilkåret "a-e-alder-19" (tiltaksforskriften § 7-3 andre ledd).
	VilkarTf73V20250701AEAlder19 = "tf-7-3-v20250701.a-e-alder-19"
	// VilkarTf73V20250701AEVanskerMedArbeid er vilkåret "a-e-vansker-med-arbeid" (tiltaksforskriften § 7-3 andre ledd).
	VilkarTf73V20250701AEVanskerMedArbeid = "tf-7-3-v20250701.a-e-vansker-med-arbeid"
	// VilkarTf73V20250701BehovForKvalifisering er vilkåret "behov-for-kvalifisering" (tiltaksforskriften § 7-3 første ledd).
	VilkarTf73V20250701BehovForKvalifisering = "tf-7-3-v20250701.behov-for-kvalifisering"
	// VilkarTf73V20250701FAlder22 er vilkåret "f-alder-22" (tiltaksforskriften § 7-3 tredje ledd).
	VilkarTf73V20250701FAlder22 = "tf-7-3-v20250701.f-alder-22"
	// VilkarTf73V20250701FNedsattArbeidsevne er vilkåret "f-nedsatt-arbeidsevne" (tiltaksforskriften § 7-3 tredje ledd).
	VilkarTf73V20250701FNedsattArbeidsevne = "tf-7-3-v20250701.f-nedsatt-arbeidsevne"
	// VilkarTf73V20250801AEAlder19 er vilkåret "a-e-alder-19" (tiltaksforskriften § 7-3 andre ledd).
	VilkarTf73V20250801AEAlder19 = "tf-7-3-v20250801.a-e-alder-19"
	// VilkarTf73V20250801AEVanskerMedArbeid er vilkåret "a-e-vansker-med-arbeid" (tiltaksforskriften § 7-3 andre ledd).
	VilkarTf73V20250801AEVanskerMedArbeid = "tf-7-3-v20250801.a-e-vansker-med-arbeid"
	// VilkarTf73V20250801BehovForKvalifisering er vilkåret "behov-for-kvalifisering" (tiltaksforskriften § 7-3 første ledd).
	VilkarTf73V20250801BehovForKvalifisering = "tf-7-3-v20250801.behov-for-kvalifisering"
	// VilkarTf73V20250801DAlder er vilkåret "d-alder" (tiltaksforskriften § 7-3).
	VilkarTf73V20250801DAlder = "tf-7-3-v20250801.d-alder"
	// VilkarTf73V20250801FAlder22 er vilkåret "f-alder-22" (tiltaksforskriften § 7-3 fjerde ledd).
	VilkarTf73V20250801FAlder22 = "tf-7-3-v20250801.f-alder-22"
	// VilkarTf73V20250801FNedsattArbeidsevne er vilkåret "f-nedsatt-arbeidsevne" (tiltaksforskriften § 7-3 fjerde ledd).
	VilkarTf73V20250801FNedsattArbeidsevne = "tf-7-3-v20250801.f-nedsatt-arbeidsevne"
	// VilkarTf74V20160101FagskoleSomOrdinaerUtdanning er vilkåret "fagskole-som-ordinaer-utdanning" (tiltaksforskriften § 7-4).
	VilkarTf74V20160101FagskoleSomOrdinaerUtdanning = "tf-7-4-v20160101.fagskole-som-ordinaer-utdanning"
	// VilkarTf74V20160101KursForlengelse er vilkåret "kurs-forlengelse" (tiltaksforskriften § 7-4).
	VilkarTf74V20160101KursForlengelse = "tf-7-4-v20160101.kurs-forlengelse"
	// VilkarTf74V20160101OrdinaerForlengelse er vilkåret "ordinaer-forlengelse" (tiltaksforskriften § 7-4).
	VilkarTf74V20160101OrdinaerForlengelse = "tf-7-4-v20160101.ordinaer-forlengelse"
	// VilkarTf74V20161001FagskoleSomOrdinaerUtdanning er vilkåret "fagskole-som-ordinaer-utdanning" (tiltaksforskriften § 7-4).
	VilkarTf74V20161001FagskoleSomOrdinaerUtdanning = "tf-7-4-v20161001.fagskole-som-ordinaer-utdanning"
	// VilkarTf74V20161001OrdinaerForlengelse er vilkåret "ordinaer-forlengelse" (tiltaksforskriften § 7-4).
	VilkarTf74V20161001OrdinaerForlengelse = "tf-7-4-v20161001.ordinaer-forlengelse"
	// VilkarTf74V20190701SaerligeGrunner er vilkåret "saerlige-grunner" (tiltaksforskriften § 7-4).
	VilkarTf74V20190701SaerligeGrunner = "tf-7-4-v20190701.saerlige-grunner"
	// VilkarTf74V20250701Kombinasjonslop er vilkåret "kombinasjonslop" (tiltaksforskriften § 7-4).
	VilkarTf74V20250701Kombinasjonslop = "tf-7-4-v20250701.kombinasjonslop"
	// VilkarTf74V20250701KombinasjonslopOgSaerligeGrunner er vilkåret "kombinasjonslop-og-saerlige-grunner" (tiltaksforskriften § 7-4).
	VilkarTf74V20250701KombinasjonslopOgSaerligeGrunner = "tf-7-4-v20250701.kombinasjonslop-og-saerlige-grunner"
	// VilkarTf74V20250701SaerligeGrunner er vilkåret "saerlige-grunner" (tiltaksforskriften § 7-4).
	VilkarTf74V20250701SaerligeGrunner = "tf-7-4-v20250701.saerlige-grunner"
	// VilkarTf81V20160101BedriftIOmstilling er vilkåret "bedrift-i-omstilling" (tiltaksforskriften § 8-1).
	VilkarTf81V20160101BedriftIOmstilling = "tf-8-1-v20160101.bedrift-i-omstilling"
	// VilkarTf82V20160101IkkeIKraftSommerjobb er vilkåret "ikke-i-kraft" (tiltaksforskriften § 8-2).
	VilkarTf82V20160101IkkeIKraftSommerjobb = "tf-8-2-v20160101.ikke-i-kraft.sommerjobb"
	// VilkarTf82V20160101OpplaeringITilleggOgFrivillig er vilkåret "opplaering-i-tillegg-og-frivillig" (tiltaksforskriften § 8-2).
	VilkarTf82V20160101OpplaeringITilleggOgFrivillig = "tf-8-2-v20160101.opplaering-i-tillegg-og-frivillig"
	// VilkarTf82V20200101IkkeIKraftSommerjobb er vilkåret "ikke-i-kraft" (tiltaksforskriften § 8-2).
	VilkarTf82V20200101IkkeIKraftSommerjobb = "tf-8-2-v20200101.ikke-i-kraft.sommerjobb"
	// VilkarTf83V20160101EgenAnsatt er vilkåret "egen-ansatt" (tiltaksforskriften § 8-3).
	VilkarTf83V20160101EgenAnsatt = "tf-8-3-v20160101.egen-ansatt"
	// VilkarTf83V20160101IkkeHeltPermittert er vilkåret "ikke-helt-permittert" (tiltaksforskriften § 8-3).
	VilkarTf83V20160101IkkeHeltPermittert = "tf-8-3-v20160101.ikke-helt-permittert"
	// VilkarTf83V20200101IkkeIKraftBedriftsinternOpplaering er vilkåret "ikke-i-kraft" (tiltaksforskriften § 8-3).
	VilkarTf83V20200101IkkeIKraftBedriftsinternOpplaering = "tf-8-3-v20200101.ikke-i-kraft.bedriftsintern-opplaering"
	// VilkarTf83V20210422IkkeIKraftBedriftsinternOpplaering er vilkåret "ikke-i-kraft" (tiltaksforskriften § 8-3).
	VilkarTf83V20210422IkkeIKraftBedriftsinternOpplaering = "tf-8-3-v20210422.ikke-i-kraft.bedriftsintern-opplaering"
	// VilkarTf83V20210422ProblemerMedSommerjobb er vilkåret "problemer-med-sommerjobb" (tiltaksforskriften § 8-3 første ledd).
	VilkarTf83V20210422ProblemerMedSommerjobb = "tf-8-3-v20210422.problemer-med-sommerjobb"
	// VilkarTf83V20210422Under30 er vilkåret "under-30" (tiltaksforskriften § 8-3 første ledd).
	VilkarTf83V20210422Under30 = "tf-8-3-v20210422.under-30"
	// VilkarTf83V20210422VurdertBistandsbehov er vilkåret "vurdert-bistandsbehov" (tiltaksforskriften § 8-3 andre ledd).
	VilkarTf83V20210422VurdertBistandsbehov = "tf-8-3-v20210422.vurdert-bistandsbehov"
	// VilkarTf86V20210422IngenPermitterte er vilkåret "ingen-permitterte" (tiltaksforskriften § 8-6 femte ledd).
	VilkarTf86V20210422IngenPermitterte = "tf-8-6-v20210422.ingen-permitterte"
	// VilkarTf86V20210422SatsNedsattArbeidsevne er vilkåret "sats-nedsatt-arbeidsevne" (tiltaksforskriften § 8-6).
	VilkarTf86V20210422SatsNedsattArbeidsevne = "tf-8-6-v20210422.sats-nedsatt-arbeidsevne"
	// VilkarTf93V20160101Behovsvurdering er vilkåret "behovsvurdering" (tiltaksforskriften § 9-3 andre ledd).
	VilkarTf93V20160101Behovsvurdering = "tf-9-3-v20160101.behovsvurdering"
	// VilkarTf93V20160101Personkrets er vilkåret "personkrets" (tiltaksforskriften § 9-3).
	VilkarTf93V20160101Personkrets = "tf-9-3-v20160101.personkrets"
	// VilkarTf93V20190701Personkrets er vilkåret "personkrets" (tiltaksforskriften § 9-3).
	VilkarTf93V20190701Personkrets = "tf-9-3-v20190701.personkrets"
	// VilkarTf93V20190701VurdertBistandsbehov er vilkåret "vurdert-bistandsbehov" (tiltaksforskriften § 9-3 tredje ledd).
	VilkarTf93V20190701VurdertBistandsbehov = "tf-9-3-v20190701.vurdert-bistandsbehov"
	// VilkarTf94V20190701NedsattArbeidsevne er vilkåret "nedsatt-arbeidsevne" (tiltaksforskriften § 9-4).
	VilkarTf94V20190701NedsattArbeidsevne = "tf-9-4-v20190701.nedsatt-arbeidsevne"
	// VilkarTf95V20160101SatsNedsattArbeidsevne er vilkåret "sats-nedsatt-arbeidsevne" (tiltaksforskriften § 9-5).
	VilkarTf95V20160101SatsNedsattArbeidsevne = "tf-9-5-v20160101.sats-nedsatt-arbeidsevne"
	// VilkarTf95V20190701SatsNedsattArbeidsevne er vilkåret "sats-nedsatt-arbeidsevne" (tiltaksforskriften § 9-5).
	VilkarTf95V20190701SatsNedsattArbeidsevne = "tf-9-5-v20190701.sats-nedsatt-arbeidsevne"
	// VilkarTf96V20160101NedsattArbeidsevne er vilkåret "nedsatt-arbeidsevne" (tiltaksforskriften § 9-6).
	VilkarTf96V20160101NedsattArbeidsevne = "tf-9-6-v20160101.nedsatt-arbeidsevne"
)
