import{C as e,g as t}from"./usePageTitle-DzhkStQk.js";var n=`
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
        language
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
    query ContentVersions($id: ID!) {
  node(id: $id) {
    ... on Content {
      id
      translations {
        id
        language
        title
        summary
        body
        file {
          id
          name
          size
        }
      }
    }
  }
}
    `,i=`
    query ContentDownloadLink($id: ID!) {
  node(id: $id) {
    ... on File {
      id
      downloadUrl
    }
  }
}
    `,a=`
    mutation RecordContentView($input: RecordContentViewInput!) {
  recordContentView(input: $input) {
    content {
      id
    }
  }
}
    `,o=`
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
    `,s=`
    mutation CreateContent($input: CreateContentInput!) {
  createContent(input: $input) {
    content {
      id
      title
    }
  }
}
    `,c=`
    mutation PublishContent($input: PublishContentInput!) {
  publishContent(input: $input) {
    content {
      id
      status
    }
  }
}
    `,l=`
    mutation ArchiveContent($input: ArchiveContentInput!) {
  archiveContent(input: $input) {
    content {
      id
      status
    }
  }
}
    `,u=`
    mutation UpdateContent($input: UpdateContentInput!) {
  updateContent(input: $input) {
    content {
      id
      title
    }
  }
}
    `,d={[e.Playbook]:`Playbook`,[e.SalesDeck]:`Sales deck`,[e.Datasheet]:`Datasheet`,[e.TechnicalDoc]:`Technical document`,[e.CampaignKit]:`Campaign kit`,[e.Video]:`Video`,[e.RulesOfEngagement]:`Rules of engagement`,[e.PriceList]:`Price list`};function f(e){return e<1024?`${e} B`:e<1048576?`${(e/1024).toFixed(1)} KB`:`${(e/1024/1024).toFixed(1)} MB`}async function p(e,n){let r=await t(i,{id:e}),a=r.node&&`downloadUrl`in r.node?r.node.downloadUrl:null;if(!a)throw Error(`no download link`);let o=document.createElement(`a`);o.href=a,o.download=n,document.body.appendChild(o),o.click(),o.remove()}var m=[`en`,`de`,`fr`,`es`,`it`,`nl`,`pt-BR`,`ja`,`zh`];function h(e){try{return new Intl.DisplayNames([`en`],{type:`language`}).of(e)??e}catch{return e}}export{h as a,r as c,c as d,a as f,m as i,s as l,f as n,l as o,u as p,d as r,o as s,p as t,n as u};