// Browser journeys build pages and wait for Taro's page animations: give them time.
jest.setTimeout(120_000)
