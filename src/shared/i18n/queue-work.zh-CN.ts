// 队列日常工作的文字（issue 14）：可编辑的买家消息、模板编辑器（占位符标签和预览）、
// 快捷键（每个键都说明作用）。键与 queue-work.en.ts 完全一致。
import type { queueWorkEn } from './queue-work.en'
import type { Shape } from './shape'

export const queueWorkZhCN: Shape<typeof queueWorkEn> = {
  draft: {
    textLabel: '要发送的消息（复制前可以在这里修改）',
    edited: '已修改',
    restore: '撤销我的修改',
    restored: '已恢复为草稿原文。',
    keptEdits: '你对“{{name}}”的修改已保留：重新选择该模板即可继续。',
    filledLabel: '已按订单填入：',
    droppedLabel: '订单里没有，已省略：',
    copiedEdited: '已复制你的消息，请粘贴到平台聊天窗口发送。',
    empty: '消息是空的。请写好消息，或撤销修改恢复草稿。',
    own: '{{name}}（自建）'
  },
  keys: {
    title: '快捷键',
    names: { enter: '回车', esc: 'Esc', submit: 'Ctrl/⌘+回车', digits: '1–8' },
    down: '下一个订单',
    up: '上一个订单',
    open: '打开订单，光标进入当前步骤的表单',
    back: '回到列表（在订单里任何位置都可以）',
    step: '跳到某一步（1 通知 … 8 结案）',
    notify: '标记已通知买家（连同框里的消息）',
    copy: '复制框里的消息（包括你的修改）',
    submit: '记录这一步：提交当前步骤的表单',
    undo: '撤销这个订单的上一步操作',
    select: '选中光标所在订单，用于批量操作',
    search: '搜索订单',
    help: '显示这份快捷键列表',
    note: '只要不是在文本框里打字，单键快捷键都有效；光标在下拉框、按钮或复选框上也不影响。Ctrl/⌘+回车 在任何位置都能记录当前步骤。',
    hint: {
      move: '上/下一个订单',
      open: '进入步骤表单',
      back: '回到列表',
      copy: '复制消息',
      more: '全部快捷键'
    }
  },
  cause: {
    choose: '— 请选择原因 —',
    required: '请选择缺货原因：选好之前不会记录。'
  },
  editor: {
    lang: '模板语言',
    chips: '插入占位符',
    chipsHint: '点击名称，插入到文本中光标所在位置。',
    rules:
      '订单没有的值会连同前面的空格、以及因此变空的引号或括号一起省略。只在有值时才通顺的一段话，请放在 [[ 和 ]] 之间，没有值时整段省略。',
    unsaved: '未保存',
    preview: '预览',
    previewCase: '订单 {{orderNo}} 收到的样子',
    previewExample: '示例拼多多订单（没有买家姓名）',
    previewProblem: '文本有问题，保存会被拒绝：',
    saveError: '没有保存。请修改文本后再保存。'
  }
}
