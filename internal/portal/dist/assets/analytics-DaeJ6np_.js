import"./usePageTitle-atKqKR4V.js";var e=`
    query ProgramAnalytics($from: Time!, $to: Time!, $yearFrom: Time!, $currency: String) {
  metricDefinitions {
    key
    name
    formula
    window
    unit
    description
  }
  program: programMetrics(
    from: $from
    to: $to
    groupBy: NONE
    currency: $currency
  ) {
    ...Figure
  }
  monthly: programMetrics(
    from: $from
    to: $to
    groupBy: MONTH
    currency: $currency
  ) {
    ...Figure
  }
  year: programMetrics(
    from: $yearFrom
    to: $to
    groupBy: NONE
    currency: $currency
  ) {
    ...Figure
  }
}
    fragment Figure on MetricFigure {
  key
  group
  groupLabel
  currency
  converted
  value
  numerator
  denominator
  count
  note
  missingRates {
    from
    to
    date
  }
}`,t=`
    query Surveys {
  surveys(first: 50, orderBy: {field: CREATED_AT, direction: DESC}) {
    edges {
      node {
        id
        title
        npsQuestion
        questions
        sentAt
        createdAt
      }
    }
  }
}
    `,n=`
    mutation CreateSurvey($input: CreateSurveyInput!) {
  createSurvey(input: $input) {
    survey {
      id
    }
  }
}
    `,r=`
    mutation SendSurvey($input: SendSurveyInput!) {
  sendSurvey(input: $input) {
    invited
    survey {
      id
      sentAt
    }
  }
}
    `,i=`
    query SurveyByToken($token: String!) {
  surveyByToken(token: $token) {
    title
    npsQuestion
    questions
    answered
  }
}
    `,a=`
    mutation AnswerSurvey($input: AnswerSurveyInput!) {
  answerSurvey(input: $input) {
    answered
  }
}
    `;export{i as a,r as i,n,t as o,e as r,a as t};