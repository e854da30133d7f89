import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./pencil-DrospVN-.js";import{t as i}from"./plus-wl5cgOBG.js";import{t as a}from"./trash-BfJ9DkVB.js";import{t as o}from"./connection-mmDI86VZ.js";import{B as s,F as c,L as l,R as u,a as d,d as f,f as p,i as m,s as h,x as g,z as _}from"./index-D7DUstJB.js";import{O as v,P as y,S as b,a as x,c as S,i as C,k as w,r as T,t as E,u as D}from"./usePageTitle-atKqKR4V.js";import{n as O,t as k}from"./arrow-up-BVV-s5Ig.js";var A=e(t(),1),j=`
    query CoursesAuthoring {
  courses(first: 100, orderBy: {field: TITLE, direction: ASC}) {
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
    `,M=`
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
    `,N=`
    query TracksAuthoring {
  learningTracks(first: 50, orderBy: {field: NAME, direction: ASC}) {
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
    `,P=`
    query CertificationsAuthoring {
  certifications(first: 50, orderBy: {field: NAME, direction: ASC}) {
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
    `,F=`
    query TemplatesAuthoring {
  onboardingTemplates(first: 50, orderBy: {field: NAME, direction: ASC}) {
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
    `,I=`
    mutation AuthorCreateCourse($input: CreateCourseInput!) {
  createCourse(input: $input) {
    course {
      id
      title
    }
  }
}
    `,L=`
    mutation AuthorUpdateCourse($input: UpdateCourseInput!) {
  updateCourse(input: $input) {
    course {
      id
      title
    }
  }
}
    `,R=`
    mutation AuthorDeleteCourse($input: DeleteCourseInput!) {
  deleteCourse(input: $input) {
    deletedId
  }
}
    `,z=`
    mutation AuthorCreateTrack($input: CreateLearningTrackInput!) {
  createLearningTrack(input: $input) {
    track {
      id
      name
    }
  }
}
    `,ee=`
    mutation AuthorUpdateTrack($input: UpdateLearningTrackInput!) {
  updateLearningTrack(input: $input) {
    track {
      id
      name
    }
  }
}
    `,te=`
    mutation AuthorDeleteTrack($input: DeleteLearningTrackInput!) {
  deleteLearningTrack(input: $input) {
    deletedId
  }
}
    `,ne=`
    mutation AuthorCreateCertification($input: CreateCertificationInput!) {
  createCertification(input: $input) {
    certification {
      id
      name
    }
  }
}
    `,re=`
    mutation AuthorUpdateCertification($input: UpdateCertificationInput!) {
  updateCertification(input: $input) {
    certification {
      id
      name
    }
  }
}
    `,ie=`
    mutation AuthorDeleteCertification($input: DeleteCertificationInput!) {
  deleteCertification(input: $input) {
    deletedId
  }
}
    `,B=`
    mutation AuthorCreateTemplate($input: CreateOnboardingTemplateInput!) {
  createOnboardingTemplate(input: $input) {
    template {
      id
      name
    }
  }
}
    `,V=`
    mutation AuthorUpdateTemplate($input: UpdateOnboardingTemplateInput!) {
  updateOnboardingTemplate(input: $input) {
    template {
      id
      name
    }
  }
}
    `,H=`
    mutation AuthorDeleteTemplate($input: DeleteOnboardingTemplateInput!) {
  deleteOnboardingTemplate(input: $input) {
    deletedId
  }
}
    `,U=n();function W({certification:e,tracks:t,onClose:n}){let r=c(),i=f(ne),a=f(re),o=e?a:i,[d,p]=(0,A.useState)(e?.name??``),[m,h]=(0,A.useState)(e?.description??``),[v,y]=(0,A.useState)(e?.validity??b.TwoYears),[x,S]=(0,A.useState)(e?.tracks.map(e=>e.id)??[]),[w,T]=(0,A.useState)(!1),E=d.trim()?void 0:`Give the certification a name.`,O=x.length===0?`Require at least one track.`:void 0;function k(){if(T(!0),E||O)return;let t={name:d.trim(),description:m,validity:v,trackIds:x},o=e=>{r(`${e} saved`),n()};e?a.mutate({input:{id:e.id,...t}},{onSuccess:e=>o(e.updateCertification.certification.name)}):i.mutate({input:t},{onSuccess:e=>o(e.createCertification.certification.name)})}return(0,U.jsx)(s,{open:!0,onClose:n,title:e?`Edit ${e.name}`:`New certification`,description:`Issued when a person completes every required track. Awards already issued keep their dates when you edit it.`,onSubmit:k,footer:(0,U.jsxs)(U.Fragment,{children:[(0,U.jsx)(D,{onClick:n,children:`Cancel`}),(0,U.jsx)(D,{type:`submit`,variant:`primary`,loading:o.isPending,children:e?`Save certification`:`Create certification`})]}),children:(0,U.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[o.error&&(0,U.jsx)(C,{error:o.error}),(0,U.jsxs)(`div`,{className:`form-grid`,children:[(0,U.jsx)(_,{label:`Certification name`,required:!0,value:d,onChange:e=>p(e.target.value),error:w?E:void 0}),(0,U.jsx)(l,{label:`Validity`,value:v,onChange:e=>y(e.target.value),children:Object.values(b).map(e=>(0,U.jsx)(`option`,{value:e,children:g(e)},e))}),(0,U.jsx)(u,{className:`full`,label:`Description`,rows:2,value:m,onChange:e=>h(e.target.value)})]}),(0,U.jsxs)(`fieldset`,{className:`stack`,style:{gap:4},children:[(0,U.jsx)(`legend`,{children:`Required tracks`}),w&&O&&(0,U.jsx)(`div`,{className:`error`,role:`alert`,children:O}),t.map(e=>(0,U.jsxs)(`label`,{className:`row`,style:{gap:8},children:[(0,U.jsx)(`input`,{type:`checkbox`,checked:x.includes(e.id),onChange:t=>S(n=>t.target.checked?[...n,e.id]:n.filter(t=>t!==e.id))}),e.name]},e.id))]})]})})}function G(e,t,n){let r=t+n;if(r<0||r>=e.length)return e;let i=[...e];return[i[t],i[r]]=[i[r],i[t]],i}function K(e,t){return e.filter((e,n)=>n!==t)}function q(e,t,n){return e.map((e,r)=>r===t?n:e)}function J({what:e,i:t,n,onMove:r,onRemove:i}){return(0,U.jsxs)(`div`,{className:`row`,style:{gap:4},children:[(0,U.jsx)(D,{size:`sm`,variant:`ghost`,icon:(0,U.jsx)(k,{size:14,"aria-hidden":`true`}),"aria-label":`Move ${e} up`,disabled:t===0,onClick:()=>r(-1)}),(0,U.jsx)(D,{size:`sm`,variant:`ghost`,icon:(0,U.jsx)(O,{size:14,"aria-hidden":`true`}),"aria-label":`Move ${e} down`,disabled:t===n-1,onClick:()=>r(1)}),(0,U.jsx)(D,{size:`sm`,variant:`ghost`,icon:(0,U.jsx)(a,{size:14,"aria-hidden":`true`}),"aria-label":`Remove ${e}`,onClick:i})]})}function Y(){return{prompt:``,multiple:!1,choices:[``,``],correct:[]}}function X(e,t,n){let r=Number(e);return e.trim()!==``&&Number.isInteger(r)&&r>=t&&r<=n}function ae(e){let t={};return e.title.trim()||(t.title=`Give the quiz a title.`),X(e.passMark,1,100)||(t.passMark=`The pass mark is a percentage from 1 to 100.`),X(e.attemptsPerDay,1,20)||(t.attemptsPerDay=`Allow 1 to 20 attempts per day.`),e.questions.length===0&&(t.questions=`Add at least one question.`),e.questions.forEach((e,n)=>{!e.prompt.trim()||e.choices.length<2||e.choices.some(e=>!e.trim())?t[`q${n}`]=`A question has a prompt and at least two filled-in choices.`:(e.correct.length===0||!e.multiple&&e.correct.length!==1)&&(t[`q${n}`]=e.multiple?`Mark at least one right choice.`:`Mark the one right choice.`)}),t}function oe({quiz:e,onChange:t,errors:n}){let r=(n,r)=>t({...e,questions:q(e.questions,n,{...e.questions[n],...r})});return(0,U.jsxs)(`div`,{className:`stack`,style:{gap:12},children:[(0,U.jsxs)(`div`,{className:`form-grid`,children:[(0,U.jsx)(_,{className:`full`,label:`Quiz title`,value:e.title,onChange:n=>t({...e,title:n.target.value}),error:n.title}),(0,U.jsx)(_,{label:`Pass mark (%)`,inputMode:`numeric`,value:e.passMark,onChange:n=>t({...e,passMark:n.target.value}),error:n.passMark}),(0,U.jsx)(_,{label:`Attempts per day`,inputMode:`numeric`,value:e.attemptsPerDay,onChange:n=>t({...e,attemptsPerDay:n.target.value}),error:n.attemptsPerDay})]}),n.questions&&(0,U.jsx)(`div`,{className:`error`,role:`alert`,children:n.questions}),e.questions.map((o,s)=>{let c=s+1,l=(e,t)=>r(s,{correct:o.multiple?t?[...o.correct,e].sort():o.correct.filter(t=>t!==e):t?[e]:[]});return(0,U.jsxs)(`fieldset`,{className:`card-body stack`,style:{gap:8,border:`1px solid var(--border)`,borderRadius:8},"data-testid":`question-editor`,children:[(0,U.jsxs)(`legend`,{children:[`Question `,c]}),(0,U.jsx)(`div`,{className:`row`,style:{justifyContent:`flex-end`},children:(0,U.jsx)(J,{what:`question ${c}`,i:s,n:e.questions.length,onMove:n=>t({...e,questions:G(e.questions,s,n)}),onRemove:()=>t({...e,questions:K(e.questions,s)})})}),(0,U.jsx)(_,{label:`Question ${c} prompt`,value:o.prompt,onChange:e=>r(s,{prompt:e.target.value}),error:n[`q${s}`]}),(0,U.jsxs)(`label`,{className:`row`,style:{gap:8},children:[(0,U.jsx)(`input`,{type:`checkbox`,checked:o.multiple,onChange:e=>r(s,{multiple:e.target.checked,correct:e.target.checked?o.correct:o.correct.slice(0,1)})}),`Question `,c,`: several choices are right`]}),o.choices.map((e,t)=>(0,U.jsxs)(`div`,{className:`row`,style:{gap:8,alignItems:`flex-end`},children:[(0,U.jsx)(_,{style:{flex:1},label:`Question ${c} choice ${t+1}`,value:e,onChange:e=>r(s,{choices:q(o.choices,t,e.target.value)})}),(0,U.jsxs)(`label`,{className:`row`,style:{gap:4,paddingBottom:8},children:[(0,U.jsx)(`input`,{type:o.multiple?`checkbox`:`radio`,name:`question-${s}-right`,checked:o.correct.includes(t),onChange:e=>l(t,e.target.checked)}),`Right`,(0,U.jsx)(`span`,{className:`visually-hidden`,children:`: question ${c} choice ${t+1}`})]}),(0,U.jsx)(D,{size:`sm`,variant:`ghost`,icon:(0,U.jsx)(a,{size:14,"aria-hidden":`true`}),"aria-label":`Remove question ${c} choice ${t+1}`,disabled:o.choices.length<=2,onClick:()=>r(s,{choices:K(o.choices,t),correct:o.correct.filter(e=>e!==t).map(e=>e>t?e-1:e)})})]},t)),(0,U.jsx)(`div`,{children:(0,U.jsxs)(D,{size:`sm`,icon:(0,U.jsx)(i,{size:14,"aria-hidden":`true`}),onClick:()=>r(s,{choices:[...o.choices,``]}),children:[`Add a choice to question `,c]})})]},s)}),(0,U.jsx)(`div`,{children:(0,U.jsx)(D,{icon:(0,U.jsx)(i,{size:16,"aria-hidden":`true`}),onClick:()=>t({...e,questions:[...e.questions,Y()]}),children:`Add question`})})]})}var se={[w.Markdown]:`Text (markdown)`,[w.Video]:`Video link`,[w.Content]:`Content library item`};function ce(e){if(!e.title.trim())return`Give the lesson a title.`;if(e.kind===w.Markdown&&!e.body.trim())return`Write the lesson’s text.`;if(e.kind===w.Video&&!/^https:\/\/\S+$/.test(e.videoUrl.trim()))return`Link the video with an https:// address.`;if(e.kind===w.Content&&!e.contentRef.trim())return`Name the content item (its ID).`}function Z({courseId:e,onClose:t}){let n=p(M,{id:e??``},{enabled:!!e});if(!e)return(0,U.jsx)(Q,{onClose:t});let r=n.data?.node,i=r&&`lessons`in r?r:void 0;return i?(0,U.jsx)(Q,{course:i,onClose:t}):(0,U.jsx)(s,{open:!0,onClose:t,title:`Edit course`,children:n.error?(0,U.jsx)(x,{error:n.error,onRetry:()=>n.refetch()}):(0,U.jsx)(S,{height:200})})}function Q({course:e,onClose:t}){let n=c(),r=f(I),a=f(L),o=e?a:r,[d,p]=(0,A.useState)(e?.title??``),[m,h]=(0,A.useState)(e?.summary??``),[g,v]=(0,A.useState)([...e?.lessons??[]].sort((e,t)=>e.position-t.position).map(e=>({id:e.id,title:e.title,kind:e.kind,body:e.body,videoUrl:e.videoURL,contentRef:e.contentRef}))),y=e?.quiz,[b,x]=(0,A.useState)(null),[S,T]=(0,A.useState)(!1),E=d.trim()?void 0:`Give the course a title.`,O=g.map(ce),k=b?ae(b):{},j=g.length===0&&!b&&!y?`Add a lesson or a quiz.`:void 0,M=!E&&O.every(e=>!e)&&Object.keys(k).length===0&&!j;function N(){if(T(!0),!M)return;let i=g.map(e=>({id:e.id,title:e.title.trim(),kind:e.kind,body:e.body,videoUrl:e.kind===w.Video?e.videoUrl.trim():``,contentRef:e.kind===w.Content?e.contentRef.trim():``})),o=b?{title:b.title.trim(),passMark:Number(b.passMark),attemptsPerDay:Number(b.attemptsPerDay),questions:b.questions.map(e=>({prompt:e.prompt.trim(),multiple:e.multiple,choices:e.choices.map(e=>e.trim()),correct:e.correct}))}:void 0,s=e=>{n(`${e} saved`),t()};e?a.mutate({input:{id:e.id,title:d.trim(),summary:m,lessons:i,quiz:o}},{onSuccess:e=>s(e.updateCourse.course.title)}):r.mutate({input:{title:d.trim(),summary:m,lessons:i.map(({id:e,...t})=>t),quiz:o}},{onSuccess:e=>s(e.createCourse.course.title)})}let P=(e,t)=>v(n=>q(n,e,{...n[e],...t}));return(0,U.jsx)(s,{open:!0,onClose:t,title:e?`Edit ${e.title}`:`New course`,description:`Lessons are taken in order; a quiz, if any, closes the course.`,onSubmit:N,footer:(0,U.jsxs)(U.Fragment,{children:[(0,U.jsx)(D,{onClick:t,children:`Cancel`}),(0,U.jsx)(D,{type:`submit`,variant:`primary`,loading:o.isPending,children:e?`Save course`:`Create course`})]}),children:(0,U.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[o.error&&(0,U.jsx)(C,{error:o.error}),(0,U.jsx)(_,{label:`Course title`,required:!0,value:d,onChange:e=>p(e.target.value),error:S?E:void 0}),(0,U.jsx)(u,{label:`Summary`,rows:2,value:m,onChange:e=>h(e.target.value)}),(0,U.jsxs)(`fieldset`,{className:`stack`,style:{gap:12},children:[(0,U.jsx)(`legend`,{children:`Lessons`}),g.length===0&&(0,U.jsx)(`p`,{className:`muted`,children:`No lessons yet.`}),S&&j&&(0,U.jsx)(`div`,{className:`error`,role:`alert`,children:j}),g.map((e,t)=>(0,U.jsxs)(`div`,{className:`card-body`,style:{border:`1px solid var(--border)`,borderRadius:8},"data-testid":`lesson-editor`,children:[(0,U.jsxs)(`div`,{className:`row`,style:{justifyContent:`space-between`},children:[(0,U.jsxs)(`strong`,{children:[`Lesson `,t+1]}),(0,U.jsx)(J,{what:`lesson ${t+1}`,i:t,n:g.length,onMove:e=>v(n=>G(n,t,e)),onRemove:()=>v(e=>K(e,t))})]}),(0,U.jsxs)(`div`,{className:`form-grid`,children:[(0,U.jsx)(_,{label:`Lesson ${t+1} title`,value:e.title,onChange:e=>P(t,{title:e.target.value}),error:S?O[t]:void 0}),(0,U.jsx)(l,{label:`Lesson ${t+1} kind`,value:e.kind,onChange:e=>P(t,{kind:e.target.value}),children:Object.values(w).map(e=>(0,U.jsx)(`option`,{value:e,children:se[e]},e))}),e.kind===w.Video&&(0,U.jsx)(_,{className:`full`,label:`Lesson ${t+1} video link`,placeholder:`https://`,value:e.videoUrl,onChange:e=>P(t,{videoUrl:e.target.value})}),e.kind===w.Content&&(0,U.jsx)(_,{className:`full`,label:`Lesson ${t+1} content item ID`,value:e.contentRef,onChange:e=>P(t,{contentRef:e.target.value})}),(0,U.jsx)(u,{className:`full`,label:e.kind===w.Markdown?`Lesson ${t+1} text`:`Lesson ${t+1} introduction`,hint:`Markdown.`,rows:3,value:e.body,onChange:e=>P(t,{body:e.target.value})})]})]},t)),(0,U.jsx)(`div`,{children:(0,U.jsx)(D,{icon:(0,U.jsx)(i,{size:16,"aria-hidden":`true`}),onClick:()=>v(e=>[...e,{title:``,kind:w.Markdown,body:``,videoUrl:``,contentRef:``}]),children:`Add lesson`})})]}),(0,U.jsxs)(`fieldset`,{className:`stack`,style:{gap:12},children:[(0,U.jsx)(`legend`,{children:`Quiz`}),b?(0,U.jsxs)(U.Fragment,{children:[(0,U.jsx)(oe,{quiz:b,onChange:x,errors:S?k:{}}),(0,U.jsx)(`div`,{children:(0,U.jsx)(D,{variant:`ghost`,onClick:()=>x(null),children:y?`Keep the current quiz`:`No quiz`})})]}):(0,U.jsxs)(U.Fragment,{children:[(0,U.jsx)(`p`,{className:`muted`,children:y?`“${y.title}”: ${y.questions.length} questions, pass mark ${y.passMark}%. Its answers are never shown; rewriting it means marking the right choices again. Past attempts keep their grades.`:`No quiz: the course is complete when its lessons are.`}),(0,U.jsx)(`div`,{children:(0,U.jsx)(D,{icon:(0,U.jsx)(i,{size:16,"aria-hidden":`true`}),onClick:()=>x(y?{title:y.title,passMark:String(y.passMark),attemptsPerDay:String(y.attemptsPerDay),questions:y.questions.map(e=>({prompt:e.prompt,multiple:e.multiple,choices:e.choices.map(e=>e.text),correct:[]}))}:{title:`${d.trim()||`Course`} quiz`,passMark:`80`,attemptsPerDay:`3`,questions:[Y()]}),children:y?`Rewrite quiz`:`Add quiz`})})]})]})]})})}var le={MANUAL:`Ticked by its owner`,PROFILE_COMPLETED:`Profile completed`,COLLEAGUE_INVITED:`A colleague accepted an invitation`,CERTIFIED:`Someone certified`,DEAL_REGISTERED:`A deal registered`},ue=[`PARTNER_ADMIN`,`PARTNER_SALES`,`CHANNEL_MANAGER`];function de(e){let t=0;return e.map(e=>{let n=Number(e.dueDay);if(!e.title.trim())return`Give the step a title.`;if(e.dueDay.trim()===``||!Number.isInteger(n)||n<0||n>365)return`The due day runs from 0 to 365.`;if(n<t)return`Steps are in order of due day.`;t=n})}function fe({template:e,onClose:t}){let n=c(),r=f(B),a=f(V),o=e?a:r,[u,d]=(0,A.useState)(e?.name??``),[p,m]=(0,A.useState)(e?.partnerType??y.Reseller),[h,v]=(0,A.useState)(e?.active??!0),[b,x]=(0,A.useState)(e?.steps.map(e=>({...e,dueDay:String(e.dueDay)}))??[{title:``,description:``,dueDay:`7`,completion:`MANUAL`,ownerRole:`PARTNER_ADMIN`}]),[S,w]=(0,A.useState)(!1),T=u.trim()?void 0:`Give the plan a name.`,E=de(b),O=b.length===0?`Add at least one step.`:void 0;function k(){if(w(!0),T||O||E.some(Boolean))return;let i=b.map(e=>({title:e.title.trim(),description:e.description,dueDay:Number(e.dueDay),completion:e.completion,ownerRole:e.ownerRole})),o=e=>{n(`${e} saved`),t()};e?a.mutate({input:{id:e.id,name:u.trim(),steps:i,active:h}},{onSuccess:e=>o(e.updateOnboardingTemplate.template.name)}):r.mutate({input:{name:u.trim(),partnerType:p,steps:i}},{onSuccess:e=>o(e.createOnboardingTemplate.template.name)})}let j=(e,t)=>x(n=>q(n,e,{...n[e],...t}));return(0,U.jsx)(s,{open:!0,onClose:t,title:e?`Edit ${e.name}`:`New onboarding plan`,description:`Partners approved from now on get this plan; plans already under way keep their steps.`,onSubmit:k,footer:(0,U.jsxs)(U.Fragment,{children:[(0,U.jsx)(D,{onClick:t,children:`Cancel`}),(0,U.jsx)(D,{type:`submit`,variant:`primary`,loading:o.isPending,children:e?`Save plan`:`Create plan`})]}),children:(0,U.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[o.error&&(0,U.jsx)(C,{error:o.error}),(0,U.jsxs)(`div`,{className:`form-grid`,children:[(0,U.jsx)(_,{label:`Plan name`,required:!0,value:u,onChange:e=>d(e.target.value),error:S?T:void 0}),(0,U.jsx)(l,{label:`Partner type`,value:p,disabled:!!e,onChange:e=>m(e.target.value),children:Object.values(y).map(e=>(0,U.jsx)(`option`,{value:e,children:e},e))}),e&&(0,U.jsxs)(`label`,{className:`row full`,style:{gap:8},children:[(0,U.jsx)(`input`,{type:`checkbox`,checked:h,onChange:e=>v(e.target.checked)}),` Active: new partners get this plan (untick to archive it)`]})]}),(0,U.jsxs)(`fieldset`,{className:`stack`,style:{gap:12},children:[(0,U.jsx)(`legend`,{children:`Steps, in order of due day`}),S&&O&&(0,U.jsx)(`div`,{className:`error`,role:`alert`,children:O}),b.map((e,t)=>(0,U.jsxs)(`div`,{className:`card-body`,style:{border:`1px solid var(--border)`,borderRadius:8},"data-testid":`step-editor`,children:[(0,U.jsxs)(`div`,{className:`row`,style:{justifyContent:`space-between`},children:[(0,U.jsxs)(`strong`,{children:[`Step `,t+1]}),(0,U.jsx)(J,{what:`step ${t+1}`,i:t,n:b.length,onMove:e=>x(n=>G(n,t,e)),onRemove:()=>x(e=>K(e,t))})]}),(0,U.jsxs)(`div`,{className:`form-grid`,children:[(0,U.jsx)(_,{label:`Step ${t+1} title`,value:e.title,onChange:e=>j(t,{title:e.target.value}),error:S?E[t]:void 0}),(0,U.jsx)(_,{label:`Step ${t+1} due day`,hint:`Days after the contract date.`,inputMode:`numeric`,value:e.dueDay,onChange:e=>j(t,{dueDay:e.target.value})}),(0,U.jsx)(l,{label:`Step ${t+1} completes when`,value:e.completion,onChange:e=>j(t,{completion:e.target.value}),children:Object.entries(le).map(([e,t])=>(0,U.jsx)(`option`,{value:e,children:t},e))}),(0,U.jsx)(l,{label:`Step ${t+1} owner`,value:e.ownerRole,onChange:e=>j(t,{ownerRole:e.target.value}),children:ue.map(e=>(0,U.jsx)(`option`,{value:e,children:g(e)},e))}),(0,U.jsx)(_,{className:`full`,label:`Step ${t+1} description`,value:e.description,onChange:e=>j(t,{description:e.target.value})})]})]},t)),(0,U.jsx)(`div`,{children:(0,U.jsx)(D,{icon:(0,U.jsx)(i,{size:16,"aria-hidden":`true`}),onClick:()=>x(e=>[...e,{title:``,description:``,dueDay:e.length?e[e.length-1].dueDay:`7`,completion:`MANUAL`,ownerRole:`PARTNER_ADMIN`}]),children:`Add step`})})]})]})})}function pe({track:e,courses:t,onClose:n}){let r=c(),i=f(z),a=f(ee),o=e?a:i,[d,p]=(0,A.useState)(e?.name??``),[m,h]=(0,A.useState)(e?.description??``),[y,b]=(0,A.useState)(e?.jobFunction??v.Sales),[x,S]=(0,A.useState)(e?.courses.map(e=>e.id)??[]),[w,T]=(0,A.useState)(``),[E,O]=(0,A.useState)(!1),k=e=>t.find(t=>t.id===e)?.title??e,j=d.trim()?void 0:`Give the track a name.`,M=x.length===0?`Add at least one course.`:void 0;function N(){if(O(!0),j||M)return;let t={name:d.trim(),description:m,jobFunction:y,courseIds:x},o=e=>{r(`${e} saved`),n()};e?a.mutate({input:{id:e.id,...t}},{onSuccess:e=>o(e.updateLearningTrack.track.name)}):i.mutate({input:t},{onSuccess:e=>o(e.createLearningTrack.track.name)})}let P=t.filter(e=>!x.includes(e.id));return(0,U.jsx)(s,{open:!0,onClose:n,title:e?`Edit ${e.name}`:`New track`,description:`People of the job function see the track first in their learning; progress on its courses is kept across edits.`,onSubmit:N,footer:(0,U.jsxs)(U.Fragment,{children:[(0,U.jsx)(D,{onClick:n,children:`Cancel`}),(0,U.jsx)(D,{type:`submit`,variant:`primary`,loading:o.isPending,children:e?`Save track`:`Create track`})]}),children:(0,U.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[o.error&&(0,U.jsx)(C,{error:o.error}),(0,U.jsxs)(`div`,{className:`form-grid`,children:[(0,U.jsx)(_,{label:`Track name`,required:!0,value:d,onChange:e=>p(e.target.value),error:E?j:void 0}),(0,U.jsx)(l,{label:`Job function`,value:y,onChange:e=>b(e.target.value),children:Object.values(v).map(e=>(0,U.jsx)(`option`,{value:e,children:g(e)},e))}),(0,U.jsx)(u,{className:`full`,label:`Description`,rows:2,value:m,onChange:e=>h(e.target.value)})]}),(0,U.jsxs)(`fieldset`,{className:`stack`,style:{gap:8},children:[(0,U.jsx)(`legend`,{children:`Courses, in order`}),E&&M&&(0,U.jsx)(`div`,{className:`error`,role:`alert`,children:M}),(0,U.jsx)(`ol`,{className:`stack`,style:{gap:4,paddingLeft:20},children:x.map((e,t)=>(0,U.jsx)(`li`,{"data-testid":`track-course`,children:(0,U.jsxs)(`div`,{className:`row`,style:{justifyContent:`space-between`},children:[(0,U.jsx)(`span`,{children:k(e)}),(0,U.jsx)(J,{what:k(e),i:t,n:x.length,onMove:e=>S(n=>G(n,t,e)),onRemove:()=>S(e=>K(e,t))})]})},e))}),(0,U.jsxs)(`div`,{className:`row`,style:{gap:8,alignItems:`flex-end`},children:[(0,U.jsxs)(l,{label:`Course to add`,value:w,onChange:e=>T(e.target.value),style:{minWidth:200},children:[(0,U.jsx)(`option`,{value:``,children:`Choose a course`}),P.map(e=>(0,U.jsx)(`option`,{value:e.id,children:e.title},e.id))]}),(0,U.jsx)(D,{disabled:!w,onClick:()=>{S(e=>[...e,w]),T(``)},children:`Add course`})]})]})]})})}function me(){E(`Training authoring`);let e=p(j,{}),t=p(N,{}),n=p(P,{}),s=p(F,{}),[c,l]=(0,A.useState)(null),[u,f]=(0,A.useState)(null),m=[e,t,n,s],_=m.find(e=>e.error);if(_)return(0,U.jsx)(x,{error:_.error,onRetry:()=>m.forEach(e=>e.refetch())});if(!e.data||!t.data||!n.data||!s.data)return(0,U.jsx)(S,{height:320});let v=o(e.data.courses),y=o(t.data.learningTracks),b=o(n.data.certifications),C=o(s.data.onboardingTemplates),w=(e,t,n)=>(0,U.jsxs)(`div`,{className:`row`,style:{gap:4,justifyContent:`flex-end`},children:[(0,U.jsx)(D,{size:`sm`,variant:`ghost`,icon:(0,U.jsx)(r,{size:14,"aria-hidden":`true`}),"aria-label":`Edit ${e}`,onClick:t}),(0,U.jsx)(D,{size:`sm`,variant:`ghost`,icon:(0,U.jsx)(a,{size:14,"aria-hidden":`true`}),"aria-label":`Delete ${e}`,onClick:n})]}),T=(e,t)=>(0,U.jsx)(D,{size:`sm`,icon:(0,U.jsx)(i,{size:14,"aria-hidden":`true`}),onClick:t,children:e});return(0,U.jsxs)(`div`,{className:`stack`,style:{gap:24},children:[(0,U.jsx)(d,{title:`Training authoring`,subtitle:`Onboarding plans, courses with quizzes, learning tracks and certifications. Edits never take away what people already earned.`}),(0,U.jsx)($,{title:`Courses`,id:`authoring-courses`,actions:T(`New course`,()=>l({kind:`course`})),empty:v.length===0,children:(0,U.jsxs)(`table`,{className:`table`,"aria-label":`Courses`,children:[(0,U.jsx)(`thead`,{children:(0,U.jsxs)(`tr`,{children:[(0,U.jsx)(`th`,{children:`Course`}),(0,U.jsx)(`th`,{children:`Minutes`}),(0,U.jsx)(`th`,{children:`Quiz`}),(0,U.jsx)(`th`,{children:(0,U.jsx)(`span`,{className:`visually-hidden`,children:`Actions`})})]})}),(0,U.jsx)(`tbody`,{children:v.map(e=>(0,U.jsxs)(`tr`,{children:[(0,U.jsx)(`td`,{children:e.title}),(0,U.jsx)(`td`,{children:e.minutes||`—`}),(0,U.jsx)(`td`,{children:e.quiz?`${e.quiz.title}, pass mark ${e.quiz.passMark}%`:`—`}),(0,U.jsx)(`td`,{children:w(e.title,()=>l({kind:`course`,item:e}),()=>f({kind:`course`,id:e.id,name:e.title}))})]},e.id))})]})}),(0,U.jsx)($,{title:`Learning tracks`,id:`authoring-tracks`,actions:T(`New track`,()=>l({kind:`track`})),empty:y.length===0,children:(0,U.jsxs)(`table`,{className:`table`,"aria-label":`Learning tracks`,children:[(0,U.jsx)(`thead`,{children:(0,U.jsxs)(`tr`,{children:[(0,U.jsx)(`th`,{children:`Track`}),(0,U.jsx)(`th`,{children:`Job function`}),(0,U.jsx)(`th`,{children:`Courses`}),(0,U.jsx)(`th`,{children:(0,U.jsx)(`span`,{className:`visually-hidden`,children:`Actions`})})]})}),(0,U.jsx)(`tbody`,{children:y.map(e=>(0,U.jsxs)(`tr`,{children:[(0,U.jsx)(`td`,{children:e.name}),(0,U.jsx)(`td`,{children:g(e.jobFunction)}),(0,U.jsx)(`td`,{children:e.courses.map(e=>e.title).join(` → `)}),(0,U.jsx)(`td`,{children:w(e.name,()=>l({kind:`track`,item:e}),()=>f({kind:`track`,id:e.id,name:e.name}))})]},e.id))})]})}),(0,U.jsx)($,{title:`Certifications`,id:`authoring-certifications`,actions:T(`New certification`,()=>l({kind:`certification`})),empty:b.length===0,children:(0,U.jsxs)(`table`,{className:`table`,"aria-label":`Certifications`,children:[(0,U.jsx)(`thead`,{children:(0,U.jsxs)(`tr`,{children:[(0,U.jsx)(`th`,{children:`Certification`}),(0,U.jsx)(`th`,{children:`Validity`}),(0,U.jsx)(`th`,{children:`Required tracks`}),(0,U.jsx)(`th`,{children:(0,U.jsx)(`span`,{className:`visually-hidden`,children:`Actions`})})]})}),(0,U.jsx)(`tbody`,{children:b.map(e=>(0,U.jsxs)(`tr`,{children:[(0,U.jsx)(`td`,{children:e.name}),(0,U.jsx)(`td`,{children:g(e.validity)}),(0,U.jsx)(`td`,{children:e.tracks.map(e=>e.name).join(`, `)}),(0,U.jsx)(`td`,{children:w(e.name,()=>l({kind:`certification`,item:e}),()=>f({kind:`certification`,id:e.id,name:e.name}))})]},e.id))})]})}),(0,U.jsx)($,{title:`Onboarding plans`,id:`authoring-templates`,actions:T(`New plan`,()=>l({kind:`template`})),empty:C.length===0,children:(0,U.jsxs)(`table`,{className:`table`,"aria-label":`Onboarding plans`,children:[(0,U.jsx)(`thead`,{children:(0,U.jsxs)(`tr`,{children:[(0,U.jsx)(`th`,{children:`Plan`}),(0,U.jsx)(`th`,{children:`Partner type`}),(0,U.jsx)(`th`,{children:`Steps`}),(0,U.jsx)(`th`,{children:(0,U.jsx)(`span`,{className:`visually-hidden`,children:`Actions`})})]})}),(0,U.jsx)(`tbody`,{children:C.map(e=>(0,U.jsxs)(`tr`,{children:[(0,U.jsxs)(`td`,{children:[e.name,` `,!e.active&&(0,U.jsx)(h,{children:`Archived`})]}),(0,U.jsx)(`td`,{children:e.partnerType}),(0,U.jsxs)(`td`,{children:[e.steps.length,` steps, last due day `,e.steps.at(-1)?.dueDay??0]}),(0,U.jsx)(`td`,{children:w(e.name,()=>l({kind:`template`,item:e}),()=>f({kind:`template`,id:e.id,name:e.name}))})]},e.id))})]})}),c?.kind===`course`&&(0,U.jsx)(Z,{courseId:c.item?.id,onClose:()=>l(null)}),c?.kind===`track`&&(0,U.jsx)(pe,{track:c.item,courses:v,onClose:()=>l(null)}),c?.kind===`certification`&&(0,U.jsx)(W,{certification:c.item,tracks:y,onClose:()=>l(null)}),c?.kind===`template`&&(0,U.jsx)(fe,{template:c.item,onClose:()=>l(null)}),u&&(0,U.jsx)(ge,{target:u,onClose:()=>f(null)})]})}function $({title:e,id:t,actions:n,empty:r,children:i}){return(0,U.jsx)(m,{title:e,labelledBy:t,actions:n,flush:!r,children:r?(0,U.jsx)(T,{title:`No ${e.toLowerCase()} yet`,children:`Create the first one.`}):(0,U.jsx)(`div`,{className:`table-wrap`,children:i})})}var he={course:`Refused while a track lists it or once people have taken it.`,track:`Refused while a certification requires it.`,certification:`Refused once anyone holds it: their verification links keep working.`,template:`Refused once a partner’s plan came from it: archive it instead.`};function ge({target:e,onClose:t}){let n=c(),r=f(R),i=f(te),a=f(ie),o=f(H),l={course:r,track:i,certification:a,template:o}[e.kind],u={onSuccess:()=>{n(`${e.name} deleted`),t()}},d={input:{id:e.id}};function p(){e.kind===`course`?r.mutate(d,u):e.kind===`track`?i.mutate(d,u):e.kind===`certification`?a.mutate(d,u):o.mutate(d,u)}return(0,U.jsx)(s,{open:!0,onClose:t,title:`Delete ${e.name}?`,description:he[e.kind],onSubmit:p,footer:(0,U.jsxs)(U.Fragment,{children:[(0,U.jsx)(D,{onClick:t,children:`Cancel`}),(0,U.jsx)(D,{type:`submit`,variant:`danger`,loading:l.isPending,children:`Delete`})]}),children:l.error?(0,U.jsx)(C,{error:l.error}):(0,U.jsx)(`p`,{children:`This cannot be undone.`})})}export{me as default};