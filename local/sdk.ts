import { dirname } from 'node:path'
import type * as Bson from 'bson'
import type * as WxServerSdk from 'wx-server-sdk'

/**
 * The modules of the pinned wx-server-sdk, resolved along its own dependency chain
 * (wx-server-sdk → @cloudbase/node-sdk → @cloudbase/database → bson), so the seam and the EJSON
 * codec are the very instances the SDK uses, however npm hoists them. Plain `require` (not
 * `createRequire`) keeps jest's module registry in charge, so tests and the SDK share instances.
 */
const sdkPath = require.resolve('wx-server-sdk')
const nodeSdkPath = require.resolve('@cloudbase/node-sdk', { paths: [dirname(sdkPath)] })
const databasePath = require.resolve('@cloudbase/database', { paths: [dirname(nodeSdkPath)] })
const bsonPath = require.resolve('bson', { paths: [dirname(databasePath)] })

export type Cloud = typeof WxServerSdk

/** The request-class holder of `@cloudbase/database`: `Db.reqClass` is the seam. */
export interface DbClass {
  reqClass: unknown
}

export const loadCloud = (): Cloud => require(sdkPath) as Cloud
export const loadDb = (): DbClass => (require(databasePath) as { Db: DbClass }).Db
export const bson = require(bsonPath) as typeof Bson
