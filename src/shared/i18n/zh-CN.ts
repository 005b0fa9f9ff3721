// 简体中文界面文字。键与 en.ts 完全一致（有测试检查）。
import type { en } from './en'

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> }

export const zhCN: Shape<typeof en> = {
  errors: {
    invalid_input: '请检查“{{field}}”的值。',
    unknown_call: '应用请求了未知的操作（{{name}}）。',
    forbidden_sender: '该请求不是来自应用窗口，已拒绝。',
    not_found: '找不到该记录，可能已被删除。',
    conflict: '与已有记录冲突。',
    merchant_code_taken: '商家编码“{{code}}”已被其他商品使用。',
    stock_negative: '库存不足：现有 {{onHand}}，本次变动 {{change}}。库存不能小于零。',
    idempotency_reused: '该流水编号已用于另一条不同的库存变动。',
    demo_not_empty: '店铺里已有数据。演示店铺只能加载到空店铺中。',
    db_newer_version: '该店铺数据库由更新版本的缺货工作台写入（结构版本 {{found}}，本应用最高支持 {{supported}}）。请升级应用。数据未做任何改动。',
    db_locked: '店铺数据库正被其他程序占用。请关闭后重试，数据没有丢失。',
    db_readonly: '店铺数据库无法写入（文件或文件夹只读）。数据没有丢失。',
    db_full: '磁盘已满。请清理空间后重试，数据没有丢失。',
    db_corrupt: '店铺数据库已损坏。请停止操作并从备份恢复；损坏的文件会保留。',
    db_io: '保存时磁盘报错。数据没有丢失，请重试。',
    internal: '应用内部出错。此次操作没有保存任何内容。'
  }
}
