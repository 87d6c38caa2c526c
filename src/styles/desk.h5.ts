// The H5 build's desk layout (≥ 1024 px). Taro picks this file for h5 and desk.ts elsewhere.
import './desktop.scss'
