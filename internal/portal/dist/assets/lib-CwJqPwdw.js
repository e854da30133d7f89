import{S as e,g as t}from"./usePageTitle-D8z_0QA2.js";var n=`
    query ContentLibrary($search: String, $where: ContentWhereInput) {
  contents(
    first: 100
    search: $search
    where: $where
    orderBy: {field: PUBLISHED_AT, direction: DESC}
  ) {
    totalCount
    edges {
      node {
        id
        title
        summary
        kind
        status
        stale
        tags
        body
        externalURL
        version
        reviewBy
        partnerTypes
        minTier {
          id
          name
          rank
        }
        file {
          id
          name
          mediaType
          size
        }
      }
    }
  }
}
    `,r=`
    query ContentDownloadLink($id: ID!) {
  node(id: $id) {
    ... on File {
      id
      downloadUrl
    }
  }
}
    `,i=`
    mutation RecordContentView($input: RecordContentViewInput!) {
  recordContentView(input: $input) {
    content {
      id
    }
  }
}
    `,a=`
    query ContentAuthoring($from: Time!, $to: Time!) {
  tiers(first: 20, orderBy: {field: RANK, direction: ASC}) {
    edges {
      node {
        id
        name
        rank
      }
    }
  }
  staleContent(first: 50) {
    totalCount
    edges {
      node {
        id
        title
        reviewBy
      }
    }
  }
  contentEngagement(from: $from, to: $to, groupBy: KIND) {
    views
    downloads
    activePartners
    rows {
      key
      label
      views
      downloads
    }
  }
}
    `,o=`
    mutation CreateContent($input: CreateContentInput!) {
  createContent(input: $input) {
    content {
      id
      title
    }
  }
}
    `,s=`
    mutation PublishContent($input: PublishContentInput!) {
  publishContent(input: $input) {
    content {
      id
      status
    }
  }
}
    `,c=`
    mutation ArchiveContent($input: ArchiveContentInput!) {
  archiveContent(input: $input) {
    content {
      id
      status
    }
  }
}
    `,l={[e.Playbook]:`Playbook`,[e.SalesDeck]:`Sales deck`,[e.Datasheet]:`Datasheet`,[e.TechnicalDoc]:`Technical document`,[e.CampaignKit]:`Campaign kit`,[e.Video]:`Video`,[e.RulesOfEngagement]:`Rules of engagement`,[e.PriceList]:`Price list`};function u(e){return e<1024?`${e} B`:e<1048576?`${(e/1024).toFixed(1)} KB`:`${(e/1024/1024).toFixed(1)} MB`}async function d(e,n){let i=await t(r,{id:e}),a=i.node&&`downloadUrl`in i.node?i.node.downloadUrl:null;if(!a)throw Error(`no download link`);let o=document.createElement(`a`);o.href=a,o.download=n,document.body.appendChild(o),o.click(),o.remove()}export{a,s as c,c as i,i as l,u as n,o,l as r,n as s,d as t};