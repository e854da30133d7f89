// The tones of MDF request and claim statuses, shared by the MDF screens.
import { MdfClaimStatus, MdfRequestStatus } from '../../gql/graphql';
import type { Tone } from '../../ui/Badge';

export const requestTone: Record<MdfRequestStatus, Tone> = {
  [MdfRequestStatus.Submitted]: 'warning',
  [MdfRequestStatus.Approved]: 'success',
  [MdfRequestStatus.Rejected]: 'danger',
  [MdfRequestStatus.Cancelled]: 'neutral',
  [MdfRequestStatus.Completed]: 'brand',
};

export const claimTone: Record<MdfClaimStatus, Tone> = {
  [MdfClaimStatus.Submitted]: 'warning',
  [MdfClaimStatus.ChangesRequested]: 'info',
  [MdfClaimStatus.Approved]: 'success',
  [MdfClaimStatus.Rejected]: 'danger',
  [MdfClaimStatus.Paid]: 'brand',
};
