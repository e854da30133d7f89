// The operations of the program analytics and survey screens.
import { graphql } from '../../../gql';

graphql(`
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
  }
`);

export const ProgramAnalyticsQuery = graphql(`
  query ProgramAnalytics($from: Time!, $to: Time!, $yearFrom: Time!, $currency: String) {
    metricDefinitions {
      key
      name
      formula
      window
      unit
      description
    }
    program: programMetrics(from: $from, to: $to, groupBy: NONE, currency: $currency) {
      ...Figure
    }
    monthly: programMetrics(from: $from, to: $to, groupBy: MONTH, currency: $currency) {
      ...Figure
    }
    year: programMetrics(from: $yearFrom, to: $to, groupBy: NONE, currency: $currency) {
      ...Figure
    }
  }
`);

export const SurveysQuery = graphql(`
  query Surveys {
    surveys(first: 50, orderBy: { field: CREATED_AT, direction: DESC }) {
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
`);

export const CreateSurveyMutation = graphql(`
  mutation CreateSurvey($input: CreateSurveyInput!) {
    createSurvey(input: $input) {
      survey {
        id
      }
    }
  }
`);

export const SendSurveyMutation = graphql(`
  mutation SendSurvey($input: SendSurveyInput!) {
    sendSurvey(input: $input) {
      invited
      survey {
        id
        sentAt
      }
    }
  }
`);

export const SurveyByTokenQuery = graphql(`
  query SurveyByToken($token: String!) {
    surveyByToken(token: $token) {
      title
      npsQuestion
      questions
      answered
    }
  }
`);

export const AnswerSurveyMutation = graphql(`
  mutation AnswerSurvey($input: AnswerSurveyInput!) {
    answerSurvey(input: $input) {
      answered
    }
  }
`);
