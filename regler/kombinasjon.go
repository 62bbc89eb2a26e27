package regler

var andreVilkar []*Vilkar
