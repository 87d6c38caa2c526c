/** Stand-in for imported stylesheets in component tests. */
export default {}
