package survey_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/outboxmessage"
	"github.com/partnerhub/partnerhub/ent/partner"
	"github.com/partnerhub/partnerhub/ent/user"
	"github.com/partnerhub/partnerhub/internal/apperr"
	"github.com/partnerhub/partnerhub/internal/mail"
	"github.com/partnerhub/partnerhub/internal/seed"
	"github.com/partnerhub/partnerhub/internal/survey"
	"github.com/partnerhub/partnerhub/internal/testsupport/testdb"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

func sys() context.Context { return viewer.NewContext(context.Background(), viewer.System()) }

const linkPrefix = "https://portal.test/survey#token="

// Several people racing through one link: exactly one answer is recorded, the others are refused.
func TestConcurrentAnswersThroughOneLinkRecordOne(t *testing.T) {
	client := testdb.Client(t)
	if _, err := seed.Program(sys(), client, "test-password"); err != nil {
		t.Fatal(err)
	}
	pam := client.User.Query().Where(user.RoleEQ(user.RoleCHANNEL_MANAGER)).FirstX(sys())
	ctx := viewer.NewContext(context.Background(), &viewer.Viewer{UserID: pam.ID, Role: viewer.ChannelManager})
	sv, err := survey.Create(ctx, client, survey.CreateInput{Title: "Race"})
	if err != nil {
		t.Fatal(err)
	}
	sender := survey.Sender{Outbox: mail.NewOutbox(false), PublicURL: "https://portal.test"}
	_, n, err := sender.Send(ctx, client, survey.SendInput{SurveyID: sv.ID, PartnerTypes: []partner.Type{partner.TypeRESELLER}}, time.Now())
	if err != nil || n == 0 {
		t.Fatalf("sent %d: %v", n, err)
	}
	body := client.OutboxMessage.Query().Where(outboxmessage.Kind("survey")).FirstX(sys()).Body
	_, rest, found := strings.Cut(body, linkPrefix)
	token, _, _ := strings.Cut(rest, "\n")
	if !found || token == "" {
		t.Fatalf("no link in %q", body)
	}
	var wg sync.WaitGroup
	errs := make([]error, 6)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = inTx(client, func(tx *ent.Client) error {
				return survey.Answer(context.Background(), tx, survey.AnswerInput{Token: token, Score: 8}, time.Now())
			})
		}()
	}
	wg.Wait()
	ok := 0
	for _, err := range errs {
		var ae *apperr.Error
		switch {
		case err == nil:
			ok++
		case errors.As(err, &ae) && ae.Code == apperr.Conflict:
		default:
			t.Logf("refused otherwise (a busy database refuses too): %v", err)
		}
	}
	if got := client.SurveyResponse.Query().CountX(sys()); ok != 1 || got != 1 {
		t.Fatalf("%d answers accepted, %d recorded; want exactly one", ok, got)
	}
}

func inTx(client *ent.Client, fn func(*ent.Client) error) error {
	tx, err := client.Tx(context.Background())
	if err != nil {
		return err
	}
	if err := fn(tx.Client()); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}
