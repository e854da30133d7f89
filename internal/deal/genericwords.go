package deal

// genericWords name an industry or a kind of business, not a company. Two companies that share
// "Foods" or "Motors" are no more alike for it, yet the shared word lifts the similarity of two
// otherwise different names past the threshold ("Korvexa Foods" and "Kovara Foods" score 0.90). They are
// set aside before names are compared, unless nothing else is left of a name.
var genericWords = setOf(
	"and", "advisors", "aerospace", "analytics", "apparel", "associates", "automation", "automotive", "aviation",
	"bank", "beverages", "biotech", "brewing", "builders", "capital", "care", "chemical", "chemicals", "clinic",
	"clinics", "cloud", "construction", "consulting", "cosmetics", "data", "defense", "dental", "devices",
	"diagnostics", "digital", "distribution", "electronics", "energy", "engineering", "enterprises", "equipment",
	"farms", "finance", "financial", "food", "foods", "freight", "furniture", "games", "global", "health",
	"healthcare", "hospitality", "industrial", "industries", "industry", "instruments", "insurance",
	"international", "lab", "labs", "logistics", "management", "manufacturing", "materials", "media", "medical",
	"metals", "mining", "mobility", "motor", "motors", "network", "networks", "optics", "packaging", "partners",
	"payments", "pharma", "pharmaceutical", "pharmaceuticals", "plastics", "printing", "products", "properties",
	"publishing", "research", "retail", "robotics", "security", "service", "services", "shipping", "software",
	"solar", "solutions", "staffing", "steel", "studios", "supply", "system", "systems", "tech", "technologies",
	"technology", "telecom", "textiles", "therapeutics", "trading", "travel", "utilities", "ventures", "wireless",
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
