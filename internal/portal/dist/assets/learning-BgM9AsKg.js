import"./usePageTitle-atKqKR4V.js";var e=`
    query MyLearningPage {
  myLearning {
    jobFunction
    tracks {
      recommended
      percent
      completedCourses
      track {
        id
        name
        description
        jobFunction
      }
      courses {
        complete
        quizPassed
        totalLessons
        completedLessonIds
        course {
          id
          title
          summary
          minutes
        }
      }
    }
    awards {
      id
      status
      valid
      issuedAt
      expiresAt
      verificationUrl
      certification {
        id
        name
      }
    }
  }
  myOnboarding {
    id
    name
    startsAt
    day
    progress
    overdueSteps
    steps {
      id
      position
      title
      description
      dueAt
      completion
      ownerRole
      completedAt
      overdue
      completedBy {
        id
        name
      }
    }
  }
}
    `,t=`
    query CoursePage($id: ID!) {
  node(id: $id) {
    ... on Course {
      id
      title
      summary
      lessons {
        id
        position
        title
        kind
        body
        videoURL
        contentRef
        minutes
      }
      quiz {
        id
        title
        passMark
        attemptsPerDay
        questions {
          id
          prompt
          multiple
          choices {
            id
            text
          }
        }
      }
    }
  }
}
    `,n=`
    mutation CompleteLesson($input: CompleteLessonInput!) {
  completeLesson(input: $input) {
    progress {
      id
    }
    awarded {
      id
      certification {
        name
      }
    }
  }
}
    `,r=`
    mutation SubmitQuizAttempt($input: SubmitQuizAttemptInput!) {
  submitQuizAttempt(input: $input) {
    attempt {
      id
      passed
      score
    }
    awarded {
      id
      verificationUrl
      certification {
        name
      }
    }
  }
}
    `,i=`
    mutation CompleteOnboardingStep($input: CompleteOnboardingStepInput!) {
  completeOnboardingStep(input: $input) {
    step {
      id
      completedAt
    }
  }
}
    `,a=`
    query TeamTraining {
  certificationAwards(first: 100, orderBy: {field: ISSUED_AT, direction: DESC}) {
    totalCount
    edges {
      node {
        id
        status
        valid
        expiresAt
        user {
          id
          name
        }
        certification {
          id
          name
        }
      }
    }
  }
  lessonProgress(first: 100) {
    totalCount
    edges {
      node {
        id
        user {
          id
          name
        }
      }
    }
  }
}
    `,o=`
    query OnboardingOverview($now: Time!) {
  onboardingSteps(
    first: 100
    where: {completedAtIsNil: true, dueAtLT: $now}
    orderBy: {field: DUE_AT, direction: ASC}
  ) {
    totalCount
    edges {
      node {
        id
        title
        completion
        ownerRole
        dueAt
        partner {
          id
          name
          manager {
            id
            name
          }
        }
      }
    }
  }
  onboardingJourneys(first: 100, orderBy: {field: STARTS_AT, direction: DESC}) {
    totalCount
    edges {
      node {
        id
        name
        startsAt
        day
        progress
        overdueSteps
        partner {
          id
          name
          type
          certifiedPeople
          tier {
            id
            name
            rank
          }
        }
      }
    }
  }
  certificationAwards(first: 100, where: {status: ACTIVE}) {
    totalCount
    edges {
      node {
        id
        expiresAt
        valid
        certification {
          id
          name
        }
        partner {
          id
          name
        }
      }
    }
  }
}
    `;export{o as a,e as i,i as n,r as o,t as r,a as s,n as t};