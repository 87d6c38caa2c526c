import Taro from '@tarojs/taro'
import { getSessionToken } from './session'

/**
 * Uploads a photo the worker chose (chooseMedia's temp path) and returns its fileID: to cloud
 * storage on weapp, to the local runtime's store on H5 (`POST /local/upload`, local mode only;
 * the caller is the signed-in session, as for every call).
 */
export async function uploadPhoto(tempFilePath: string, folder: string): Promise<string> {
  const name = `${folder}/${Date.now()}-${Math.random().toString(36).slice(2, 10)}.jpg`
  if (process.env.TARO_ENV === 'weapp') {
    const res = await Taro.cloud.uploadFile({ cloudPath: name, filePath: tempFilePath })
    return res.fileID
  }
  const blob = await (await fetch(tempFilePath)).blob()
  const token = getSessionToken()
  const res = await fetch('/local/upload', {
    method: 'POST',
    body: blob,
    headers: {
      'content-type': blob.type || 'image/jpeg',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  })
  const body = (await res.json()) as { ok: boolean; data?: { fileID: string }; message?: string }
  if (!body.ok || !body.data) throw new Error(body.message ?? '照片没有上传成功，请重试')
  return body.data.fileID
}

/** Where an uploaded photo can be shown: cloud fileIDs work in Image as they are. */
export function photoSrc(fileID: string): string {
  return fileID.startsWith('local://') ? `/local/files/${fileID.slice('local://'.length)}` : fileID
}
