/** Where a store's remote data stands; pages map it to ListState. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error'
