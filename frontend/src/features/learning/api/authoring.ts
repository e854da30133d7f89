// The operations of the vendor's training authoring screen.
import { graphql } from '../../../gql';

// One query per list: nested lists count against the API's complexity limit once per item.
export const CoursesAuthoringQuery = graphql(`
  query CoursesAuthoring {
    courses(first: 100, orderBy: { field: TITLE, direction: ASC }) {
      edges {
        node {
          id
          title
          minutes
          quiz {
            id
            title
            passMark
          }
        }
      }
    }
  }
`);

export const CourseDetailQuery = graphql(`
  query CourseAuthoring($id: ID!) {
    node(id: $id) {
      ... on Course {
        id
        title
        summary
        minutes
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
`);

export const TracksAuthoringQuery = graphql(`
  query TracksAuthoring {
    learningTracks(first: 50, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
          description
          jobFunction
          courses {
            id
            title
          }
        }
      }
    }
  }
`);

export const CertificationsAuthoringQuery = graphql(`
  query CertificationsAuthoring {
    certifications(first: 50, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
          description
          validity
          tracks {
            id
            name
          }
        }
      }
    }
  }
`);

export const TemplatesAuthoringQuery = graphql(`
  query TemplatesAuthoring {
    onboardingTemplates(first: 50, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
          partnerType
          active
          steps {
            title
            description
            dueDay
            completion
            ownerRole
          }
        }
      }
    }
  }
`);

export const CreateCourseMutation = graphql(`
  mutation AuthorCreateCourse($input: CreateCourseInput!) {
    createCourse(input: $input) {
      course {
        id
        title
      }
    }
  }
`);

export const UpdateCourseMutation = graphql(`
  mutation AuthorUpdateCourse($input: UpdateCourseInput!) {
    updateCourse(input: $input) {
      course {
        id
        title
      }
    }
  }
`);

export const DeleteCourseMutation = graphql(`
  mutation AuthorDeleteCourse($input: DeleteCourseInput!) {
    deleteCourse(input: $input) {
      deletedId
    }
  }
`);

export const CreateTrackMutation = graphql(`
  mutation AuthorCreateTrack($input: CreateLearningTrackInput!) {
    createLearningTrack(input: $input) {
      track {
        id
        name
      }
    }
  }
`);

export const UpdateTrackMutation = graphql(`
  mutation AuthorUpdateTrack($input: UpdateLearningTrackInput!) {
    updateLearningTrack(input: $input) {
      track {
        id
        name
      }
    }
  }
`);

export const DeleteTrackMutation = graphql(`
  mutation AuthorDeleteTrack($input: DeleteLearningTrackInput!) {
    deleteLearningTrack(input: $input) {
      deletedId
    }
  }
`);

export const CreateCertificationMutation = graphql(`
  mutation AuthorCreateCertification($input: CreateCertificationInput!) {
    createCertification(input: $input) {
      certification {
        id
        name
      }
    }
  }
`);

export const UpdateCertificationMutation = graphql(`
  mutation AuthorUpdateCertification($input: UpdateCertificationInput!) {
    updateCertification(input: $input) {
      certification {
        id
        name
      }
    }
  }
`);

export const DeleteCertificationMutation = graphql(`
  mutation AuthorDeleteCertification($input: DeleteCertificationInput!) {
    deleteCertification(input: $input) {
      deletedId
    }
  }
`);

export const CreateTemplateMutation = graphql(`
  mutation AuthorCreateTemplate($input: CreateOnboardingTemplateInput!) {
    createOnboardingTemplate(input: $input) {
      template {
        id
        name
      }
    }
  }
`);

export const UpdateTemplateMutation = graphql(`
  mutation AuthorUpdateTemplate($input: UpdateOnboardingTemplateInput!) {
    updateOnboardingTemplate(input: $input) {
      template {
        id
        name
      }
    }
  }
`);

export const DeleteTemplateMutation = graphql(`
  mutation AuthorDeleteTemplate($input: DeleteOnboardingTemplateInput!) {
    deleteOnboardingTemplate(input: $input) {
      deletedId
    }
  }
`);
