package regler

import "github.com/tiltaksregler/tiltaksregler/tiltak"

// Hjemlene reglene siterer. ID er id-en i paragrafindeksen (testdata).
var (
	hTF13_2016     = tiltak.TF("tf-1-3", "1-3", 0)
	hTF13_2025     = tiltak.TF("tf-1-3-v20250801", "1-3", 0)
	hTF23          = tiltak.TF("tf-2-3", "2-3", 0)
	hTF33          = tiltak.TF("tf-3-3", "3-3", 0)
	hTF42          = tiltak.TF("tf-4-2", "4-2", 0)
	hTF43          = tiltak.TF("tf-4-3", "4-3", 0)
	hTF53_2016     = tiltak.TF("tf-5-3", "5-3", 0)
	hTF53_20250701 = tiltak.TF("tf-5-3-v20250701", "5-3", 0)
	hTF53_20250801 = tiltak.TF("tf-5-3-v20250801", "5-3", 0)
	hTF63          = tiltak.TF("tf-6-3", "6-3", 0)
	hTF73_20250701 = tiltak.TF("tf-7-3", "7-3", 0)
	hTF73_20250801 = tiltak.TF("tf-7-3-v20250801", "7-3", 0)
	hTF8           = tiltak.Hjemmel{ID: "tf-8-personkrets", Kilde: tiltak.Tiltaksforskriften, Merknad: "kapittel 8, personkrets; paragrafnummer og ordlyd ikke verifisert"}
	hTF93          = tiltak.TF("tf-9-3", "9-3", 0)
	hTF103         = tiltak.TF("tf-10-3", "10-3", 0)
	hTF104         = tiltak.TF("tf-10-4", "10-4", 0)
	hTF112_2016    = tiltak.TF("tf-11-2", "11-2", 1)
	hTF112_2022    = tiltak.TF("tf-11-2-l2", "11-2", 2)
	hTF123         = tiltak.TF("tf-12-3", "12-3", 0)
	hTF133         = tiltak.TF("tf-13-3", "13-3", 0)
	hTF142         = tiltak.TF("tf-14-2", "14-2", 0)
	hTF143         = tiltak.TF("tf-14-3", "14-3", 0)

	hER13  = tiltak.ER("er-1-3", "1-3", 1)
	hER21  = tiltak.ER("er-2-1", "2-1", 0)
	hER31a = tiltak.ER("er-3-1-l1", "3-1", 1)
	hER31b = tiltak.ER("er-3-1-l2", "3-1", 2)
	hER32  = tiltak.ER("er-3-2", "3-2", 2)
	hER36  = tiltak.ER("er-3-6", "3-6", 0)
	hER41  = tiltak.ER("er-4-1", "4-1", 0)
	hER51  = tiltak.ER("er-5-1", "5-1", 0)

	hFir = tiltak.Hjemmel{ID: "fir-personkrets", Kilde: tiltak.Firearigforskriften, Merknad: "etter NAVs kode; forskriftsteksten er ikke lest"}

	hSeed003 = tiltak.Hjemmel{ID: "seed003-plasstyper", Kilde: tiltak.KommunalRutine, Merknad: "plasstyper og ytelser"}
	hSeed004 = tiltak.Hjemmel{ID: "seed004-oppfolging-kombinasjon", Kilde: tiltak.VeilederAktorer, Merknad: "oppfølging sammen med arbeidstrening og lønnstilskudd"}

	hPraksis72          = tiltak.PraksisNAV("praksis-alder-72", "aldersgrense 72 år ved sluttdato")
	hPraksis67          = tiltak.PraksisNAV("praksis-alder-67", "aldersgrense 67 år ved sluttdato")
	hPraksisInnsats     = tiltak.PraksisNAV("praksis-innsatsgruppe", "innsatsgrupper per tiltak")
	hPraksisSommerjobb  = tiltak.PraksisNAV("praksis-sommerjobb-alder", "ikke fylt 30 år før oppstart")
	hPraksisVTAO        = tiltak.PraksisNAV("praksis-vtao-siste-oppstart", "siste oppstart 31.08.2026")
	hPraksisInkludering = tiltak.PraksisNAV("praksis-inkluderingstilskudd-liste", "NAVs liste over tiltak inkluderingstilskudd kan gis sammen med")

	hSeed000Digital = tiltak.Hjemmel{ID: "seed000-digital", Kilde: tiltak.Instruks2021, Merknad: "digital gjennomføring fra 20. januar 2021"}
	hTPF6           = tiltak.Hjemmel{ID: "tpf-6-covid", Kilde: tiltak.Tiltakspengeforskriften, Paragraf: "6", Siste: true}
)
