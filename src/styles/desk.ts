// The mini-program has no desk layout; the H5 build uses desk.h5.ts instead of this file.
export {}
