package learning_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/partnerhub/partnerhub/ent"
	"github.com/partnerhub/partnerhub/ent/outboxmessage"
	"github.com/partnerhub/partnerhub/internal/testsupport/apitest"
	"github.com/partnerhub/partnerhub/internal/viewer"
)

var tokenInMail = regexp.MustCompile(`#token=(phi_[A-Za-z0-9_-]+)`)

func sys() context.Context { return viewer.NewContext(context.Background(), viewer.System()) }

// inviteToken reads the newest invitation e-mail to addr from the outbox, as its recipient would.
func inviteToken(t *testing.T, client *ent.Client, addr string) string {
	t.Helper()
	m, err := client.OutboxMessage.Query().Where(outboxmessage.Recipient(addr)).Order(ent.Desc(outboxmessage.FieldCreatedAt)).First(sys())
	if err != nil {
		t.Fatalf("no e-mail to %s: %v", addr, err)
	}
	tok := tokenInMail.FindStringSubmatch(m.Body)
	if tok == nil {
		t.Fatalf("no invitation link in %q", m.Body)
	}
	return tok[1]
}

type stepJSON struct {
	ID, Title, Completion, OwnerRole string
	DueAt                            time.Time
	CompletedAt                      *time.Time
	Overdue                          bool
}

type journeyJSON struct {
	ID, Name     string
	StartsAt     time.Time
	Progress     int
	OverdueSteps int
	Partner      struct{ ID string }
	Steps        []stepJSON
}

const journeyFields = `id name startsAt progress overdueSteps partner { id } steps { id title completion ownerRole dueAt completedAt overdue }`

func myJourney(t *testing.T, s *apitest.Server, token string) journeyJSON {
	t.Helper()
	var out struct{ MyOnboarding *journeyJSON }
	s.Query(t, token, `{ myOnboarding { `+journeyFields+` } }`, nil).Decode(t, &out)
	if out.MyOnboarding == nil {
		t.Fatal("no onboarding journey")
	}
	return *out.MyOnboarding
}

func stepTitled(t *testing.T, j journeyJSON, title string) stepJSON {
	t.Helper()
	for _, s := range j.Steps {
		if s.Title == title {
			return s
		}
	}
	t.Fatalf("no step %q in %+v", title, j.Steps)
	return stepJSON{}
}

func accept(t *testing.T, s *apitest.Server, token, name string) string {
	t.Helper()
	var out struct{ AcceptInvitation struct{ AccessToken string } }
	s.Query(t, "", `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`,
		map[string]any{"input": map[string]any{"token": token, "name": name, "password": "a long new password"}}).Decode(t, &out)
	return out.AcceptInvitation.AccessToken
}

// TestNewPartnerJourneyToCertificate is the "done when", through HTTP as clients would:
// an approved applicant gets its 90-day journey; inviting a colleague, certifying its sales rep
// and registering a first deal complete their steps by themselves; the channel manager sees
// what is overdue; the certificate's public link verifies it and shows nothing else.
func TestNewPartnerJourneyToCertificate(t *testing.T) {
	s := apitest.New(t)
	var applied struct {
		ApplyForPartnershipPayload struct{ Application struct{ ID string } } `json:"applyForPartnership"`
	}
	s.Query(t, "", `mutation($input: ApplyForPartnershipInput!) { applyForPartnership(input: $input) { application { id } } }`,
		map[string]any{"input": map[string]any{"company": "Newco Managed Services", "website": "https://newco-ms.test", "partnerType": "MSP",
			"country": "DE", "contactName": "Nora New", "contactEmail": "nora@newco-ms.test", "motivation": "400 mid-market customers."}}).Decode(t, &applied)

	pam := s.LoginSession(t, "pam@vendor.test")
	var tiers struct {
		Tiers struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	s.Query(t, pam.AccessToken, `{ tiers(where: {name: "Silver"}) { edges { node { id } } } }`, nil).Decode(t, &tiers)
	var approved struct {
		ApprovePartnerApplication struct {
			Application struct{ Partner struct{ ID string } }
		}
	}
	approvedAt := time.Now()
	s.Query(t, pam.AccessToken, `mutation($input: ApprovePartnerApplicationInput!) { approvePartnerApplication(input: $input) { application { partner { id } } } }`,
		map[string]any{"input": map[string]any{"id": applied.ApplyForPartnershipPayload.Application.ID, "tierId": tiers.Tiers.Edges[0].Node.ID, "managerId": pam.UserID}}).Decode(t, &approved)
	partnerID := approved.ApprovePartnerApplication.Application.Partner.ID

	// The new partner's admin accepts and finds the MSP plan, due from the approval (no contract
	// date was recorded).
	admin := accept(t, s, inviteToken(t, s.Client, "nora@newco-ms.test"), "Nora New")
	j := myJourney(t, s, admin)
	if j.Name != "MSP 90-day plan" || len(j.Steps) != 7 || j.Partner.ID != partnerID {
		t.Fatalf("journey: %+v", j)
	}
	if d := j.StartsAt.Sub(approvedAt); d < -time.Minute || d > time.Minute {
		t.Fatalf("journey starts %v, approved %v", j.StartsAt, approvedAt)
	}
	firstDeal := stepTitled(t, j, "Register a first deal")
	if got := firstDeal.DueAt.Sub(j.StartsAt); got != 90*24*time.Hour {
		t.Fatalf("first deal due %v after the start, want 90 days", got)
	}
	// The applicant's profile had no verticals yet: completing it completes its step.
	if stepTitled(t, j, "Complete the company profile").CompletedAt != nil {
		t.Fatal("profile step complete before the profile is")
	}
	s.Query(t, admin, `mutation($input: UpdatePartnerInput!) { updatePartner(input: $input) { partner { id } } }`,
		map[string]any{"input": map[string]any{"id": partnerID, "verticals": []string{"Healthcare"}}}).Decode(t, &struct{}{})

	// Inviting a colleague completes "Invite a colleague" when the colleague accepts.
	s.Query(t, admin, `mutation($input: InviteUserInput!) { inviteUser(input: $input) { invitation { id } } }`,
		map[string]any{"input": map[string]any{"email": "sam@newco-ms.test", "name": "Sam Newco", "role": "PARTNER_SALES", "jobFunction": "SALES"}}).Decode(t, &struct{}{})
	if stepTitled(t, myJourney(t, s, admin), "Invite a colleague").CompletedAt != nil {
		t.Fatal("invite step complete before the colleague accepted")
	}
	sales := accept(t, s, inviteToken(t, s.Client, "sam@newco-ms.test"), "Sam Newco")
	j = myJourney(t, s, admin)
	for _, title := range []string{"Invite a colleague", "Complete the company profile"} {
		if stepTitled(t, j, title).CompletedAt == nil {
			t.Errorf("%q not completed by its fact: %+v", title, j.Steps)
		}
	}

	// The sales rep sees only the steps that are theirs.
	mine := myJourney(t, s, sales)
	for _, st := range mine.Steps {
		if st.OwnerRole != "PARTNER_SALES" {
			t.Errorf("sales user sees %s step %q", st.OwnerRole, st.Title)
		}
	}
	if len(mine.Steps) != 3 {
		t.Errorf("sales user sees %d steps, want 3", len(mine.Steps))
	}

	// The sales rep takes the sales track: every lesson, a failed quiz, then passes.
	awards := completeTrack(t, s, sales, "Sales essentials")
	if len(awards) != 1 || awards[0].Certification.Name != "Certified Sales Professional" || !awards[0].Valid || awards[0].Status != "ACTIVE" {
		t.Fatalf("awards: %+v", awards)
	}
	if exp := awards[0].ExpiresAt; exp == nil || time.Until(*exp) < 729*24*time.Hour {
		t.Fatalf("a two-year certification expires %v", exp)
	}
	if stepTitled(t, myJourney(t, s, sales), "Get certified").CompletedAt == nil {
		t.Fatal("certification did not complete the journey's training step")
	}

	// A first registration completes "Register a first deal".
	s.Query(t, sales, `mutation($input: RegisterDealInput!) { registerDeal(input: $input) { deal { id } } }`, map[string]any{"input": map[string]any{
		"customerName": "Brightwater Clinics", "customerDomain": "brightwater-clinics.test", "title": "Managed endpoints",
		"amount": 4_000_000, "currency": "EUR", "expectedCloseDate": time.Now().AddDate(0, 2, 0).Format(time.DateOnly), "source": "SOURCED",
	}}).Decode(t, &struct{}{})
	j = myJourney(t, s, admin)
	if st := stepTitled(t, j, "Register a first deal"); st.CompletedAt == nil {
		t.Fatalf("first deal step open after a registration: %+v", st)
	}
	if j.Progress != 4*100/7 {
		t.Errorf("progress %d%%, want %d%% (4 of 7 steps)", j.Progress, 4*100/7)
	}

	// MANUAL steps are ticked by their owner role: the rules review by sales, the agreement by
	// the channel manager; a step that completes by a fact cannot be ticked.
	const tick = `mutation($id: ID!) { completeOnboardingStep(input: {id: $id}) { step { id completedAt completedBy { email } } } }`
	agreement := stepTitled(t, j, "Sign the partner agreement").ID
	s.Query(t, admin, tick, map[string]any{"id": agreement}).ExpectCode(t, "FORBIDDEN")
	s.Query(t, sales, tick, map[string]any{"id": agreement}).ExpectCode(t, "NOT_FOUND")
	s.Query(t, s.Login(t, "emea-pam@vendor.test"), tick, map[string]any{"id": agreement}).ExpectCode(t, "FORBIDDEN")
	s.Query(t, sales, tick, map[string]any{"id": stepTitled(t, j, "Register a first deal").ID}).ExpectCode(t, "CONFLICT")
	var ticked struct {
		CompleteOnboardingStep struct {
			Step struct {
				CompletedAt *time.Time
				CompletedBy *struct{ Email string }
			}
		}
	}
	s.Query(t, sales, tick, map[string]any{"id": stepTitled(t, j, "Review the rules of engagement").ID}).Decode(t, &ticked)
	if st := ticked.CompleteOnboardingStep.Step; st.CompletedAt == nil || st.CompletedBy == nil || st.CompletedBy.Email != "sam@newco-ms.test" {
		t.Fatalf("ticked step: %+v", st)
	}
	s.Query(t, pam.AccessToken, tick, map[string]any{"id": agreement}).Decode(t, &struct{}{})
	s.Query(t, pam.AccessToken, tick, map[string]any{"id": agreement}).ExpectCode(t, "CONFLICT")
	if j = myJourney(t, s, admin); j.Progress != 6*100/7 || j.OverdueSteps != 0 {
		t.Errorf("progress %d%% with %d overdue, want %d%% and none", j.Progress, j.OverdueSteps, 6*100/7)
	}

	// The channel manager sees the partner's overdue steps: the kickoff was due on day 7.
	var overdue struct {
		OnboardingSteps struct {
			TotalCount int
			Edges      []struct {
				Node struct {
					Title   string
					Overdue bool
					Partner struct{ ID string }
				}
			}
		}
	}
	s.Query(t, pam.AccessToken, `query($now: Time!) { onboardingSteps(first: 100, where: {completedAtIsNil: true, dueAtLT: $now}) {
  totalCount edges { node { title overdue partner { id } } } } }`, map[string]any{"now": time.Now().AddDate(0, 0, 8).Format(time.RFC3339Nano)}).Decode(t, &overdue)
	found := false
	for _, e := range overdue.OnboardingSteps.Edges {
		found = found || (e.Node.Partner.ID == partnerID && e.Node.Title == "Hold the kickoff call")
	}
	if !found {
		t.Fatalf("the channel manager does not see the new partner's overdue agreement: %+v", overdue)
	}

	// The public verification link shows the holder, the certification and its validity, and
	// nothing else; a made-up code is not found.
	verifyURL := awards[0].VerificationURL
	code := verifyURL[strings.LastIndex(verifyURL, "/")+1:]
	if len(code) < 30 {
		t.Fatalf("verification code %q is short enough to guess", code)
	}
	page := get(t, s.URL+"/verify/"+code, "text/html")
	for _, want := range []string{"Valid certificate", "Sam Newco", "Certified Sales Professional"} {
		if !strings.Contains(page.body, want) {
			t.Errorf("verification page lacks %q:\n%s", want, page.body)
		}
	}
	for _, secret := range []string{"sam@newco-ms.test", "Newco Managed Services", partnerID} {
		if strings.Contains(page.body, secret) {
			t.Errorf("verification page reveals %q", secret)
		}
	}
	api := get(t, s.URL+"/verify/"+code, "application/json")
	var fields map[string]any
	if err := json.Unmarshal([]byte(api.body), &fields); err != nil || api.status != http.StatusOK {
		t.Fatalf("verification JSON %d: %s", api.status, api.body)
	}
	keys := slices.Sorted(func(yield func(string) bool) {
		for k := range fields {
			if !yield(k) {
				return
			}
		}
	})
	if !slices.Equal(keys, []string{"certification", "expiresAt", "holder", "issuedAt", "status", "valid"}) || fields["valid"] != true || fields["holder"] != "Sam Newco" {
		t.Fatalf("verification JSON: %v", fields)
	}
	if miss := get(t, s.URL+"/verify/"+strings.Repeat("a", 32), "text/html"); miss.status != http.StatusNotFound || !strings.Contains(miss.body, "No such certificate") {
		t.Fatalf("unknown code: %d %s", miss.status, miss.body)
	}
}

type response struct {
	status int
	body   string
}

func get(t *testing.T, url, accept string) response {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	req.Header.Set("Accept", accept)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return response{res.StatusCode, string(b)}
}
