import{C as e,F as t,g as n,w as r}from"./usePageTitle-atKqKR4V.js";var i=`
    query ContentLibrary($search: String, $where: ContentWhereInput, $minTierId: ID, $orderBy: ContentOrder = {field: PUBLISHED_AT, direction: DESC}) {
  contents(
    first: 100
    search: $search
    where: $where
    minTierId: $minTierId
    orderBy: $orderBy
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
    `,a=`
    query ContentLibraryTiers {
  tiers(first: 50) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `,o=`
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
    `,s=`
    query ContentDownloadLink($id: ID!) {
  node(id: $id) {
    ... on File {
      id
      downloadUrl
    }
  }
}
    `,c=`
    mutation RecordContentView($input: RecordContentViewInput!) {
  recordContentView(input: $input) {
    content {
      id
    }
  }
}
    `,l=`
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
    `,u=`
    mutation CreateContent($input: CreateContentInput!) {
  createContent(input: $input) {
    content {
      id
      title
    }
  }
}
    `,d=`
    mutation PublishContent($input: PublishContentInput!) {
  publishContent(input: $input) {
    content {
      id
      status
    }
  }
}
    `,f=`
    mutation ArchiveContent($input: ArchiveContentInput!) {
  archiveContent(input: $input) {
    content {
      id
      status
    }
  }
}
    `,p=`
    mutation UpdateContent($input: UpdateContentInput!) {
  updateContent(input: $input) {
    content {
      id
      title
    }
  }
}
    `,m={[e.Playbook]:`Playbook`,[e.SalesDeck]:`Sales deck`,[e.Datasheet]:`Datasheet`,[e.TechnicalDoc]:`Technical document`,[e.CampaignKit]:`Campaign kit`,[e.Video]:`Video`,[e.RulesOfEngagement]:`Rules of engagement`,[e.PriceList]:`Price list`};function h(e){return e<1024?`${e} B`:e<1048576?`${(e/1024).toFixed(1)} KB`:`${(e/1024/1024).toFixed(1)} MB`}async function g(e,t){let r=await n(s,{id:e}),i=r.node&&`downloadUrl`in r.node?r.node.downloadUrl:null;if(!i)throw Error(`no download link`);let a=document.createElement(`a`);a.href=i,a.download=t,document.body.appendChild(a),a.click(),a.remove()}var _=[`en`,`de`,`fr`,`es`,`it`,`nl`,`pt-BR`,`ja`,`zh`];function v(e){try{return new Intl.DisplayNames([`en`],{type:`language`}).of(e)??e}catch{return e}}var y=[{value:`newest`,label:`Newest`},{value:`popular`,label:`Most popular`},{value:`title`,label:`Title`}],b=`none`;function x(e){let n={newest:{field:r.PublishedAt,direction:t.Desc},popular:{field:r.Popularity,direction:t.Desc},title:{field:r.Title,direction:t.Asc}}[e.sort];return{search:e.search.trim()||void 0,where:e.kind?{kind:e.kind}:void 0,minTierId:e.tier===`none`?``:e.tier||void 0,orderBy:n}}export{p as _,_ as a,x as c,o as d,u as f,c as g,d as h,m as i,f as l,a as m,g as n,v as o,i as p,h as r,y as s,b as t,l as u};