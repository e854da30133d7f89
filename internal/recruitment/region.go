package recruitment

import (
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/internal/apperr"
)

// regions places the countries most partners come from in a sales region, so the public form need
// not ask; an applicant from elsewhere picks the region.
var regions = map[partner.Region][]string{
	partner.RegionNA:    {"US", "CA"},
	partner.RegionLATAM: {"MX", "BR", "AR", "CL", "CO", "PE", "UY", "CR", "PA"},
	partner.RegionEMEA: {"GB", "IE", "DE", "AT", "CH", "FR", "BE", "NL", "LU", "ES", "PT", "IT", "DK", "SE",
		"NO", "FI", "IS", "PL", "CZ", "SK", "HU", "RO", "BG", "GR", "HR", "SI", "EE", "LV", "LT", "UA",
		"TR", "IL", "AE", "SA", "QA", "EG", "MA", "ZA", "NG", "KE"},
	partner.RegionAPAC: {"AU", "NZ", "JP", "KR", "CN", "HK", "TW", "SG", "MY", "TH", "VN", "PH", "ID", "IN"},
}

func regionOf(country string, given *partner.Region) (partner.Region, error) {
	if given != nil {
		if err := partner.RegionValidator(*given); err != nil {
			return "", apperr.BadInput("region", "unknown region")
		}
		return *given, nil
	}
	for r, countries := range regions {
		for _, c := range countries {
			if c == country {
				return r, nil
			}
		}
	}
	return "", apperr.BadInput("region", "say which sales region %s belongs to", country)
}
