// Types for the jest-dom matchers that the components project loads in setupFilesAfterEnv.
/// <reference types="@testing-library/jest-dom" />
