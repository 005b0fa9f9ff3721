// The demo shop's fixed assortment: a small household-goods shop with five
// suppliers. Families share a name and differ by spec (size × colour), the way
// listings on PDD/Taobao carry several SKUs. The seed varies prices, demand and
// stock, not the assortment, so screenshots and docs stay recognisable.

export interface SupplierSpec {
  name: string
  contact: string
  leadTimeDays: number
  note: string
}

export const SUPPLIERS: readonly SupplierSpec[] = [
  { name: '义乌杯业', contact: '陈经理 138 0000 1021（微信同号）', leadTimeDays: 7, note: '杯壶类，起订 50 个，月结' },
  { name: '景德镇陶瓷坊', contact: '刘师傅 139 0000 3387', leadTimeDays: 15, note: '手工烧制，旺季排期更长' },
  { name: '深圳华强数码配件', contact: '李小姐 186 0000 5512（QQ 同号）', leadTimeDays: 3, note: '当天下单次日发货，顺丰到付' },
  { name: '温州日用品厂', contact: '周老板 135 0000 7740', leadTimeDays: 5, note: '毛巾拖鞋等，满 500 包邮' },
  { name: '台州塑料制品厂', contact: '郑主管 158 0000 2096', leadTimeDays: 10, note: '收纳塑料件，整箱发货' }
]

/** One spec choice: the text shown to buyers, its part of the merchant code, and a price step in fen. */
export interface SpecOption {
  label: string
  code: string
  addFen?: number
}

export interface FamilySpec {
  name: string
  /** Leading part of the merchant code; some are zero-padded numbers, kept as text. */
  prefix: string
  supplier: number
  /** Price of the first option combination in fen (ends in 90, as shops price). */
  baseFen: number
  dims: readonly (readonly SpecOption[])[]
}

const o = (label: string, code: string, addFen = 0): SpecOption => ({ label, code, addFen })

const COLORS = {
  WHT: o('白色', 'WHT'),
  BLK: o('黑色', 'BLK'),
  PNK: o('粉色', 'PNK'),
  BLU: o('蓝色', 'BLU'),
  GRY: o('灰色', 'GRY'),
  GRN: o('绿色', 'GRN'),
  PRP: o('紫色', 'PRP'),
  ORG: o('橙色', 'ORG'),
  RED: o('红色', 'RED'),
  YLW: o('黄色', 'YLW'),
  CLR: o('透明', 'CLR'),
  NVY: o('藏青', 'NVY'),
  KHK: o('卡其', 'KHK'),
  SLV: o('银色', 'SLV')
} as const

const PHONES = [
  o('iPhone 15', 'IP15'),
  o('iPhone 15 Pro', 'IP15P'),
  o('iPhone 16', 'IP16'),
  o('iPhone 16 Pro', 'IP16P'),
  o('华为 Mate 60', 'M60'),
  o('小米 14', 'MI14')
]

const C = COLORS
export const FAMILIES: readonly FamilySpec[] = [
  // 义乌杯业
  { name: '不锈钢保温杯', prefix: 'BWB', supplier: 0, baseFen: 3990, dims: [[o('350ml', '350'), o('500ml', '500', 500), o('750ml', '750', 1000)], [C.WHT, C.BLK, C.PNK, C.BLU]] },
  { name: '带盖玻璃水杯', prefix: 'BLB', supplier: 0, baseFen: 1990, dims: [[o('300ml', '300'), o('450ml', '450', 300)], [C.CLR, C.GRY, C.GRN]] },
  { name: '吸管运动水壶', prefix: 'YDH', supplier: 0, baseFen: 2590, dims: [[o('600ml', '600'), o('1000ml', '1000', 400), o('1500ml', '1500', 800)], [C.BLK, C.PRP, C.ORG]] },
  { name: '儿童防摔水杯', prefix: 'ETB', supplier: 0, baseFen: 2990, dims: [[o('360ml 小熊', 'BEAR'), o('360ml 恐龙', 'DINO'), o('360ml 兔子', 'RBT'), o('360ml 独角兽', 'UNI')]] },
  { name: '咖啡随行杯', prefix: 'KFB', supplier: 0, baseFen: 4590, dims: [[o('400ml', '400')], [C.WHT, C.BLK, C.KHK]] },
  { name: '大容量吨吨桶', prefix: 'DTT', supplier: 0, baseFen: 3290, dims: [[o('1.5L', '15'), o('2.2L', '22', 600)], [C.BLK, C.PNK, C.GRN]] },
  { name: '折叠硅胶杯', prefix: 'ZDB', supplier: 0, baseFen: 1290, dims: [[C.BLU, C.PNK, C.GRY]] },
  { name: '茶水分离玻璃杯', prefix: '0012', supplier: 0, baseFen: 3590, dims: [[C.RED, C.BLU, C.GRN]] },
  // 景德镇陶瓷坊
  { name: '陶瓷马克杯', prefix: 'MKB', supplier: 1, baseFen: 2890, dims: [[o('350ml', '350')], [o('纯白', 'WHT'), o('奶油黄', 'YLW'), o('雾蓝', 'BLU'), o('墨绿', 'GRN')]] },
  { name: '釉下彩饭碗', prefix: 'FW', supplier: 1, baseFen: 1590, dims: [[o('4.5英寸', '45'), o('5英寸', '50', 200)], [o('青花', 'QH'), o('樱花', 'YH')]] },
  { name: '日式陶瓷盘', prefix: 'PZ', supplier: 1, baseFen: 1990, dims: [[o('7英寸', '07'), o('8英寸', '08', 400), o('10英寸', '10', 1000)]] },
  { name: '功夫茶具套装', prefix: '0037', supplier: 1, baseFen: 8990, dims: [[o('白瓷', 'WHT'), o('黑陶', 'BLK', 1000)]] },
  { name: '陶瓷保鲜碗三件套', prefix: 'BXW', supplier: 1, baseFen: 4990, dims: [[C.WHT, C.GRN]] },
  { name: '陶瓷花瓶', prefix: 'HP', supplier: 1, baseFen: 3990, dims: [[o('小号', 'S'), o('中号', 'M', 1000), o('大号', 'L', 2000)]] },
  { name: '陶瓷汤勺 4 支装', prefix: 'TS', supplier: 1, baseFen: 1290, dims: [[C.WHT, C.BLU]] },
  // 深圳华强数码配件
  { name: '透明防摔手机壳', prefix: 'SJK', supplier: 2, baseFen: 1590, dims: [PHONES, [C.CLR, o('磨砂黑', 'BLK', 200)]] },
  { name: '高清钢化膜 2 片装', prefix: 'GHM', supplier: 2, baseFen: 990, dims: [PHONES] },
  { name: '快充数据线', prefix: 'SJX', supplier: 2, baseFen: 1290, dims: [[o('Type-C 1m', 'C1'), o('Type-C 2m', 'C2', 300), o('苹果 1m', 'L1', 200), o('苹果 2m', 'L2', 500)], [C.WHT, C.BLK]] },
  { name: '20W 快充充电头', prefix: 'CDT', supplier: 2, baseFen: 2990, dims: [[o('苹果 PD', 'PD'), o('安卓 Type-C', 'TC')], [C.WHT, C.BLK]] },
  { name: '磁吸充电宝', prefix: 'CDB', supplier: 2, baseFen: 8990, dims: [[o('5000mAh', '5K'), o('10000mAh', '10K', 3000)], [C.WHT, C.BLK, C.PRP]] },
  { name: '无线蓝牙耳机', prefix: 'EJ', supplier: 2, baseFen: 9990, dims: [[C.WHT, C.BLK]] },
  { name: '车载手机支架', prefix: 'CZJ', supplier: 2, baseFen: 2590, dims: [[o('出风口款', 'AIR'), o('吸盘款', 'SUC', 500)]] },
  { name: '手机挂绳', prefix: '0088', supplier: 2, baseFen: 990, dims: [[C.RED, C.BLK, C.BLU, C.PNK]] },
  { name: '桌面手机支架', prefix: 'ZMZ', supplier: 2, baseFen: 1990, dims: [[C.WHT, C.BLK, C.SLV]] },
  { name: '平板保护套', prefix: 'PBT', supplier: 2, baseFen: 4990, dims: [[o('iPad 10', 'IP10'), o('iPad Air 5', 'AIR5'), o('iPad Pro 11', 'PRO11', 1000)], [C.BLK, C.PNK, C.GRN]] },
  // 温州日用品厂
  { name: '纯棉洗脸毛巾', prefix: 'MJ', supplier: 3, baseFen: 1290, dims: [[C.WHT, C.GRY, C.BLU, C.PNK, C.YLW]] },
  { name: '加厚纯棉浴巾', prefix: 'YJ', supplier: 3, baseFen: 3990, dims: [[o('70×140cm', '70')], [C.WHT, C.GRY, C.BLU]] },
  { name: '防滑衣架 10 个装', prefix: 'FHJ', supplier: 3, baseFen: 1990, dims: [[C.WHT, C.GRY, C.BLK]] },
  { name: '居家软底拖鞋', prefix: 'TX', supplier: 3, baseFen: 1590, dims: [[o('36-37', '3637'), o('38-39', '3839'), o('40-41', '4041'), o('42-43', '4243')], [C.GRY, C.PNK]] },
  { name: '一次性手套 100 只', prefix: 'ST', supplier: 3, baseFen: 990, dims: [[o('S 码', 'S'), o('M 码', 'M'), o('L 码', 'L')]] },
  { name: '厨房抹布', prefix: 'MB', supplier: 3, baseFen: 990, dims: [[o('5 条装', '5P'), o('10 条装', '10P', 800)]] },
  { name: '晴雨两用伞', prefix: '0105', supplier: 3, baseFen: 2990, dims: [[o('三折', '3Z'), o('全自动', 'AUTO', 1000)], [C.BLK, C.NVY, C.PNK]] },
  { name: '壁挂牙刷架', prefix: 'YSJ', supplier: 3, baseFen: 1990, dims: [[C.WHT, C.GRY]] },
  { name: '洗衣袋套装', prefix: 'XYD', supplier: 3, baseFen: 1290, dims: [[o('4 件套', '4P'), o('6 件套', '6P', 500)]] },
  { name: '纯棉床上四件套', prefix: 'SJT', supplier: 3, baseFen: 15990, dims: [[o('1.5m 床', '15'), o('1.8m 床', '18', 2000)], [o('灰白格', 'GRY'), o('浅蓝', 'BLU'), o('奶咖', 'BRN')]] },
  { name: '记忆棉枕头', prefix: 'ZT', supplier: 3, baseFen: 6990, dims: [[o('标准款', 'STD'), o('加高款', 'HI', 1000)]] },
  // 台州塑料制品厂
  { name: '透明收纳箱', prefix: 'SNX', supplier: 4, baseFen: 2590, dims: [[o('小号', 'S'), o('中号', 'M', 800), o('大号', 'L', 1800)], [C.CLR, C.WHT]] },
  { name: '抽屉式收纳柜', prefix: 'CTG', supplier: 4, baseFen: 8990, dims: [[o('三层', '3T'), o('四层', '4T', 2000), o('五层', '5T', 4000)]] },
  { name: '保鲜盒套装', prefix: 'BXH', supplier: 4, baseFen: 1990, dims: [[o('3 件套', '3P'), o('6 件套', '6P', 1000), o('10 件套', '10P', 2000)]] },
  { name: '厨房沥水篮', prefix: 'LSL', supplier: 4, baseFen: 1590, dims: [[C.WHT, C.GRN, C.GRY]] },
  { name: '冰箱收纳盒', prefix: 'BXN', supplier: 4, baseFen: 1290, dims: [[o('窄款', 'NW'), o('宽款', 'WD', 300)]] },
  { name: '塑料衣架 20 个装', prefix: 'SYJ', supplier: 4, baseFen: 1590, dims: [[C.WHT, C.BLK, C.PNK, C.BLU]] },
  { name: '带盖垃圾桶', prefix: 'LJT', supplier: 4, baseFen: 1990, dims: [[o('8L', '08'), o('12L', '12', 500), o('20L', '20', 1200)], [C.WHT, C.GRY]] },
  { name: '调料盒套装', prefix: '0045', supplier: 4, baseFen: 1990, dims: [[o('4 格', '4G'), o('6 格', '6G', 600)], [C.WHT, C.GRY]] },
  { name: '加厚洗菜盆', prefix: 'XCP', supplier: 4, baseFen: 1290, dims: [[o('小号', 'S'), o('大号', 'L', 500)], [C.WHT, C.GRN]] },
  { name: '硅胶隔热垫', prefix: 'GRD', supplier: 4, baseFen: 990, dims: [[o('圆形', 'RND'), o('方形', 'SQR')], [C.GRY, C.GRN]] }
]
