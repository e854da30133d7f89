// Shared pieces of the content screens.
import { ContentKind, ContentOrderField, OrderDirection, type ContentLibraryQueryVariables } from '../../gql/graphql';
import { request } from '../../lib/api';
import { DownloadLinkQuery } from './api/content';

export const kindLabels: Record<ContentKind, string> = {
  [ContentKind.Playbook]: 'Playbook',
  [ContentKind.SalesDeck]: 'Sales deck',
  [ContentKind.Datasheet]: 'Datasheet',
  [ContentKind.TechnicalDoc]: 'Technical document',
  [ContentKind.CampaignKit]: 'Campaign kit',
  [ContentKind.Video]: 'Video',
  [ContentKind.RulesOfEngagement]: 'Rules of engagement',
  [ContentKind.PriceList]: 'Price list',
};

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Downloads a file through a signed link asked for at the moment of the click: links are good for
 * a minute, so none is kept in the page, and no token ever goes into a URL.
 */
export async function downloadFile(fileId: string, name: string): Promise<void> {
  const res = await request(DownloadLinkQuery, { id: fileId });
  const url = res.node && 'downloadUrl' in res.node ? res.node.downloadUrl : null;
  if (!url) throw new Error('no download link');
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/** The languages the portal offers for content and preferences; any BCP 47 tag works in the API. */
export const languageChoices = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt-BR', 'ja', 'zh'];

/** A language tag's name in English ("de" → "German"), or the tag itself when unknown. */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** The library's orders: newest first, most used first (what the viewer may count), by title. */
export type LibrarySort = 'newest' | 'popular' | 'title';

export const librarySorts: { value: LibrarySort; label: string }[] = [
  { value: 'newest', label: 'Newest' },
  { value: 'popular', label: 'Most popular' },
  { value: 'title', label: 'Title' },
];

/** The tier choice that keeps the items with no minimum tier (for every tier). */
export const NO_MINIMUM_TIER = 'none';

/** The library query's variables for the screen's filters; a tier of '' does not filter. */
export function libraryVariables(f: { search: string; kind: string; sort: LibrarySort; tier: string }): ContentLibraryQueryVariables {
  const orderBy = {
    newest: { field: ContentOrderField.PublishedAt, direction: OrderDirection.Desc },
    popular: { field: ContentOrderField.Popularity, direction: OrderDirection.Desc },
    title: { field: ContentOrderField.Title, direction: OrderDirection.Asc },
  }[f.sort];
  return {
    search: f.search.trim() || undefined,
    where: f.kind ? { kind: f.kind as ContentKind } : undefined,
    minTierId: f.tier === NO_MINIMUM_TIER ? '' : f.tier || undefined,
    orderBy,
  };
}
