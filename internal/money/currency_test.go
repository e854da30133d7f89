package money

import (
	"strings"
	"testing"

	"golang.org/x/text/currency"
)

// accepted155 is what deals accepted before the one list (a hand-written list of circulating
// currencies); tiers accepted a 41-code subset of it. Every one of them stays valid.
const accepted155 = `AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP
BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD
HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL
MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB
RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS
VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL`

func TestCurrencyAcceptsCirculatingCodes(t *testing.T) {
	codes := strings.Fields(accepted155)
	if len(codes) != 155 {
		t.Fatalf("the former deal list has %d codes, want 155", len(codes))
	}
	for _, c := range codes {
		if _, ok := Currency(c); !ok {
			t.Errorf("%s was accepted before and is refused now", c)
		}
	}
	if len(currencies) != len(codes) {
		t.Errorf("the list has %d codes, the former deal list %d: say in iso4217Since why they differ", len(currencies), len(codes))
	}
}

func TestCurrencyNormalizes(t *testing.T) {
	for in, want := range map[string]string{"eur": "EUR", " usd ": "USD", "Jpy": "JPY"} {
		if got, ok := Currency(in); !ok || got != want {
			t.Errorf("Currency(%q) = %q, %v; want %q, true", in, got, ok, want)
		}
	}
}

func TestCurrencyRefuses(t *testing.T) {
	for _, c := range []string{
		"", "XYZ", "dollars", "US", "USDX", "€", "123",
		"XXX", "XTS", "XAU", "XAG", "XDR", // ISO-4217 codes that are no legal tender
		"DEM", "FRF", "ITL", "HRK", "VEF", "MRO", "SLL", "CUC", // withdrawn
	} {
		if got, ok := Currency(c); ok {
			t.Errorf("Currency(%q) = %q, accepted; want refused", c, got)
		}
	}
}

// TestCorrectionsStillNeeded fails once golang.org/x/text's data has caught up with ISO-4217, so
// iso4217Since only holds corrections that are still needed.
func TestCorrectionsStillNeeded(t *testing.T) {
	current := map[string]bool{}
	for it := currency.Query(); it.Next(); {
		current[it.Unit().String()] = true
	}
	for _, c := range iso4217Since.added {
		if current[c] {
			t.Errorf("golang.org/x/text lists %s as current now: remove it from iso4217Since.added", c)
		}
	}
	for _, c := range iso4217Since.withdrawn {
		if !current[c] {
			t.Errorf("golang.org/x/text no longer lists %s as current: remove it from iso4217Since.withdrawn", c)
		}
	}
}
