/** Pages of the employer sub-package. */
export const EMPLOYER_PAGES = {
  register: '/packages/employer/register/index',
  openings: '/packages/employer/openings/index',
  post: '/packages/employer/post/index',
  candidates: (openingId: string) =>
    `/packages/employer/candidates/index?openingId=${encodeURIComponent(openingId)}`,
}
