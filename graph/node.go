package graph

import (
	"context"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/account"
	"github.com/partnerhub/partnerhub/ent/apikey"
	"github.com/partnerhub/partnerhub/ent/auditevent"
	"github.com/partnerhub/partnerhub/ent/certification"
	"github.com/partnerhub/partnerhub/ent/certificationaward"
	"github.com/partnerhub/partnerhub/ent/content"
	"github.com/partnerhub/partnerhub/ent/course"
	"github.com/partnerhub/partnerhub/ent/deal"
	"github.com/partnerhub/partnerhub/ent/dealconflict"
	"github.com/partnerhub/partnerhub/ent/dealevent"
	"github.com/partnerhub/partnerhub/ent/dealextension"
	"github.com/partnerhub/partnerhub/ent/exchangerate"
	"github.com/partnerhub/partnerhub/ent/file"
	"github.com/partnerhub/partnerhub/ent/invitation"
	"github.com/partnerhub/partnerhub/ent/lead"
	"github.com/partnerhub/partnerhub/ent/leadoffer"
	"github.com/partnerhub/partnerhub/ent/leadrouting"
	"github.com/partnerhub/partnerhub/ent/learningtrack"
	"github.com/partnerhub/partnerhub/ent/lesson"
	"github.com/partnerhub/partnerhub/ent/lessonprogress"
	"github.com/partnerhub/partnerhub/ent/marginrate"
	"github.com/partnerhub/partnerhub/ent/mdfallocation"
	"github.com/partnerhub/partnerhub/ent/mdfclaim"
	"github.com/partnerhub/partnerhub/ent/mdfledgerentry"
	"github.com/partnerhub/partnerhub/ent/mdfrequest"
	"github.com/partnerhub/partnerhub/ent/onboardingjourney"
	"github.com/partnerhub/partnerhub/ent/onboardingstep"
	"github.com/partnerhub/partnerhub/ent/onboardingtemplate"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/partnerapplication"
	"github.com/partnerhub/partnerhub/ent/partnernote"
	"github.com/partnerhub/partnerhub/ent/programcost"
	"github.com/partnerhub/partnerhub/ent/quiz"
	"github.com/partnerhub/partnerhub/ent/quizattempt"
	"github.com/partnerhub/partnerhub/ent/routingrule"
	"github.com/partnerhub/partnerhub/ent/survey"
	"github.com/partnerhub/partnerhub/ent/surveyresponse"
	"github.com/partnerhub/partnerhub/ent/tier"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/ent/webhookdelivery"
	"github.com/partnerhub/partnerhub/ent/webhooksubscription"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/ids"
)

// nodeTables are the tables whose rows are GraphQL nodes; others (sessions, say) have IDs too but
// are not part of the API.
var nodeTables = map[string]bool{
	tier.Table:               true,
	partner.Table:            true,
	user.Table:               true,
	auditevent.Table:         true,
	apikey.Table:             true,
	invitation.Table:         true,
	partnerapplication.Table: true,
	account.Table:            true,
	deal.Table:               true,
	dealevent.Table:          true,
	dealconflict.Table:       true,
	dealextension.Table:      true,
	// Leads and webhooks.
	lead.Table:                true,
	leadoffer.Table:           true,
	leadrouting.Table:         true,
	routingrule.Table:         true,
	webhooksubscription.Table: true,
	webhookdelivery.Table:     true,
	// Onboarding and training.
	onboardingtemplate.Table: true,
	onboardingjourney.Table:  true,
	onboardingstep.Table:     true,
	course.Table:             true,
	lesson.Table:             true,
	quiz.Table:               true,
	quizattempt.Table:        true,
	lessonprogress.Table:     true,
	learningtrack.Table:      true,
	certification.Table:      true,
	certificationaward.Table: true,
	content.Table:            true,
	file.Table:               true,
	// Program analytics.
	exchangerate.Table:   true,
	programcost.Table:    true,
	marginrate.Table:     true,
	survey.Table:         true,
	surveyresponse.Table: true,
	// Marketing development funds.
	mdfallocation.Table:  true,
	mdfrequest.Table:     true,
	mdfclaim.Table:       true,
	mdfledgerentry.Table: true,
	// Partner performance: the channel team's notes (vendor only).
	partnernote.Table: true,
}

// nodeType finds an ID's table from its prefix; malformed, unknown and non-API IDs are NOT_FOUND,
// like missing rows.
func nodeType(_ context.Context, id string) (string, error) {
	table, ok := ids.Table(id)
	if !ok || !nodeTables[table] {
		return "", apperr.NotFoundError()
	}
	return table, nil
}

var nodeTypeOption = ent.WithNodeType(nodeType)
