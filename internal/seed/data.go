package seed

import (
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/user"
)

type tierSpec struct {
	name, description                      string
	rank, minWonDeals, minCertified        int
	minApproved                            int  // approved registrations in the trailing 365 days
	manualCheck                            bool // the channel team confirms a joint business plan
	discountBps, rebateBps, protectionDays int
	coopBps                                int // co-op: share of won deals accrued to the partner's MDF (docs/mdf.md)
	minRevenue, mdf                        int64
	benefits                               []string
}

// Requirements and benefits follow what mid-market software vendors publish: revenue in USD cents,
// over a trailing 365 days. They are set so the demo deals leave the daily evaluation something to
// show (docs/tier-evaluation.md): Acme holds Gold with progress to Platinum, Wayne Analytics and
// Soylent qualify for Silver (pending upgrades), and a few partners fall short of their tier and
// enter a grace period.
var demoTiers = []tierSpec{
	{name: "Registered", rank: 1, description: "Entry level for every signed partner: portal access, deal registration and self-paced enablement.",
		minRevenue: 0, minWonDeals: 0, minCertified: 0, discountBps: 1000, rebateBps: 0, mdf: 0, protectionDays: 60,
		benefits: []string{"Partner portal and deal registration", "Self-paced sales training", "Not-for-resale demo licence"}},
	{name: "Silver", rank: 2, description: "Partners with a proven first year: co-marketing and a named partner account manager.",
		minRevenue: 4_000_000, minWonDeals: 2, minApproved: 3, minCertified: 0, discountBps: 1500, rebateBps: 200, mdf: 500_000, protectionDays: 90,
		benefits: []string{"Named partner account manager", "Co-branded campaign kits", "Quarterly MDF allowance"}},
	{name: "Gold", rank: 3, description: "Strategic partners with a certified practice: higher margin, joint planning and lead sharing.",
		minRevenue: 25_000_000, minWonDeals: 4, minApproved: 8, minCertified: 0, discountBps: 2500, rebateBps: 400, coopBps: 200, mdf: 2_500_000, protectionDays: 120,
		benefits: []string{"Joint business plan", "Vendor-sourced leads", "Priority technical support", "Listing in the partner locator"}},
	{name: "Platinum", rank: 4, description: "The few partners that carry a region: the best margin, executive sponsorship and early access.",
		minRevenue: 100_000_000, minWonDeals: 40, minApproved: 50, minCertified: 3, manualCheck: true, discountBps: 3500, rebateBps: 600, coopBps: 300, mdf: 10_000_000, protectionDays: 180,
		benefits: []string{"Executive sponsor", "Early access to the roadmap", "Dedicated partner marketing manager", "Proposal-based MDF on top of the allowance"}},
}

type userSpec struct {
	email, name string
	role        user.Role
	job         user.JobFunction
	login       bool
}

type vendorUserSpec struct {
	email, name string
	role        user.Role
	login       bool
}

var demoVendorUsers = []vendorUserSpec{
	{email: "admin@vendor.test", name: "Ada Admin", role: user.RoleADMIN, login: true},
	{email: "pam@vendor.test", name: "Pat Morgan", role: user.RoleCHANNEL_MANAGER, login: true},
	{email: "emea-pam@vendor.test", name: "Elena Marsh", role: user.RoleCHANNEL_MANAGER},
}

type partnerSpec struct {
	name, slug, website, country, tier, manager string
	kind                                        partner.Type
	status                                      partner.Status
	region                                      partner.Region
	verticals                                   []string
	users                                       []userSpec
}

const (
	pam     = "pam@vendor.test"
	emeaPam = "emea-pam@vendor.test"
)

var demoPartners = []partnerSpec{
	{name: "Acme Reseller", slug: "acme-reseller", website: "https://www.acme-reseller.test", country: "US", tier: "Gold", manager: pam,
		kind: partner.TypeRESELLER, status: partner.StatusACTIVE, region: partner.RegionNA, verticals: []string{"Manufacturing", "Retail"},
		users: []userSpec{
			{email: "admin@acme-reseller.test", name: "Alice Acme", role: user.RolePARTNER_ADMIN, job: user.JobFunctionMANAGEMENT, login: true},
			{email: "sales@acme-reseller.test", name: "Sam Sales", role: user.RolePARTNER_SALES, job: user.JobFunctionSALES, login: true},
			{email: "presales@acme-reseller.test", name: "Priya Presales", role: user.RolePARTNER_SALES, job: user.JobFunctionPRESALES},
		}},
	{name: "Globex MSP", slug: "globex-msp", website: "https://globex-msp.test/", country: "GB", tier: "Silver", manager: pam,
		kind: partner.TypeMSP, status: partner.StatusACTIVE, region: partner.RegionEMEA, verticals: []string{"Healthcare", "Public sector"},
		users: []userSpec{
			{email: "admin@globex-msp.test", name: "Gina Globex", role: user.RolePARTNER_ADMIN, job: user.JobFunctionMANAGEMENT, login: true},
			{email: "sales@globex-msp.test", name: "Gary Seller", role: user.RolePARTNER_SALES, job: user.JobFunctionSALES, login: true},
		}},
	{name: "Initech Systems Integration", slug: "initech-si", website: "https://initech-si.test", country: "US", tier: "Platinum", manager: pam,
		kind: partner.TypeSI, status: partner.StatusACTIVE, region: partner.RegionNA, verticals: []string{"Financial services"},
		users: []userSpec{{email: "admin@initech-si.test", name: "Ian Initech", role: user.RolePARTNER_ADMIN, job: user.JobFunctionMANAGEMENT}}},
	{name: "Umbrella Cloud Services", slug: "umbrella-cloud", website: "https://www.umbrella-cloud.test", country: "DE", tier: "Gold", manager: emeaPam,
		kind: partner.TypeMSP, status: partner.StatusACTIVE, region: partner.RegionEMEA, verticals: []string{"Life sciences", "Manufacturing"},
		users: []userSpec{{email: "admin@umbrella-cloud.test", name: "Uwe Umbrella", role: user.RolePARTNER_ADMIN, job: user.JobFunctionMANAGEMENT}}},
	{name: "Stark Digital", slug: "stark-digital", website: "https://stark-digital.test", country: "CA", tier: "Silver", manager: pam,
		kind: partner.TypeVAR, status: partner.StatusACTIVE, region: partner.RegionNA, verticals: []string{"Energy"},
		users: []userSpec{{email: "admin@stark-digital.test", name: "Tony Stark", role: user.RolePARTNER_ADMIN, job: user.JobFunctionMANAGEMENT}}},
	{name: "Wayne Analytics", slug: "wayne-analytics", website: "https://wayne-analytics.test", country: "US", tier: "Registered", manager: pam,
		kind: partner.TypeISV, status: partner.StatusACTIVE, region: partner.RegionNA, verticals: []string{"Financial services", "Insurance"}},
	{name: "Soylent Networks", slug: "soylent-networks", website: "https://soylent-networks.test", country: "SG", tier: "Registered", manager: emeaPam,
		kind: partner.TypeRESELLER, status: partner.StatusACTIVE, region: partner.RegionAPAC, verticals: []string{"Telecommunications"}},
	{name: "Tyrell Consulting", slug: "tyrell-consulting", website: "https://tyrell.test", country: "JP", tier: "Gold", manager: emeaPam,
		kind: partner.TypeSI, status: partner.StatusACTIVE, region: partner.RegionAPAC, verticals: []string{"Automotive", "Manufacturing"}},
	{name: "Hooli Marketplace", slug: "hooli-marketplace", website: "https://marketplace.hooli.test", country: "US", tier: "Silver", manager: pam,
		kind: partner.TypeMARKETPLACE, status: partner.StatusACTIVE, region: partner.RegionNA, verticals: []string{"Technology"}},
	{name: "Cyberdyne Referral Partners", slug: "cyberdyne-referral", website: "https://cyberdyne.test", country: "BR", tier: "Registered", manager: pam,
		kind: partner.TypeREFERRAL, status: partner.StatusSUSPENDED, region: partner.RegionLATAM, verticals: []string{"Retail"}},
	{name: "Vandelay Alliances", slug: "vandelay-alliances", website: "https://vandelay.test", country: "FR", tier: "Platinum", manager: emeaPam,
		kind: partner.TypeALLIANCE, status: partner.StatusACTIVE, region: partner.RegionEMEA, verticals: []string{"Logistics", "Retail"}},
	{name: "Oscorp Resellers", slug: "oscorp-resellers", website: "https://oscorp.test", country: "MX", manager: pam,
		kind: partner.TypeRESELLER, status: partner.StatusONBOARDING, region: partner.RegionLATAM, verticals: []string{"Healthcare"}},
}
