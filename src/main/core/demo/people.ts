// Fake buyers: names, phone numbers and addresses that look real enough for the
// screens but are plainly invented (every phone number has "0000" in the middle).
import type { Rng } from './random'

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢'
const GIVEN = [
  '伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超',
  '秀兰', '霞', '平', '刚', '桂英', '小明', '晓燕', '子涵', '浩然', '欣怡', '梓轩', '雨桐', '宇航', '佳琪',
  '诗涵', '一诺', '俊杰', '思远', '婷婷', '建国', '海燕', '文博', '丹丹', '志强', '美玲', '雪梅', '晨曦'
]
const PHONE_PREFIXES = ['138', '139', '135', '136', '150', '158', '177', '186', '188', '199']

const REGIONS: readonly (readonly [string, string, readonly string[]])[] = [
  ['浙江省', '杭州市', ['西湖区', '余杭区', '拱墅区']],
  ['浙江省', '宁波市', ['鄞州区', '海曙区']],
  ['江苏省', '南京市', ['鼓楼区', '江宁区']],
  ['江苏省', '苏州市', ['姑苏区', '工业园区', '吴中区']],
  ['上海市', '上海市', ['浦东新区', '闵行区', '徐汇区']],
  ['北京市', '北京市', ['朝阳区', '海淀区', '丰台区']],
  ['广东省', '广州市', ['天河区', '白云区', '番禺区']],
  ['广东省', '深圳市', ['南山区', '宝安区', '龙岗区']],
  ['广东省', '东莞市', ['南城街道', '长安镇']],
  ['四川省', '成都市', ['武侯区', '高新区', '双流区']],
  ['湖北省', '武汉市', ['洪山区', '江汉区']],
  ['湖南省', '长沙市', ['岳麓区', '雨花区']],
  ['山东省', '济南市', ['历下区', '槐荫区']],
  ['山东省', '青岛市', ['市南区', '黄岛区']],
  ['河南省', '郑州市', ['金水区', '二七区']],
  ['福建省', '厦门市', ['思明区', '湖里区']],
  ['安徽省', '合肥市', ['蜀山区', '包河区']],
  ['陕西省', '西安市', ['雁塔区', '未央区']],
  ['重庆市', '重庆市', ['渝北区', '九龙坡区']],
  ['辽宁省', '沈阳市', ['和平区', '浑南区']],
  ['河北省', '石家庄市', ['长安区', '裕华区']],
  ['江西省', '南昌市', ['红谷滩区', '青山湖区']]
]
const STREETS = ['人民路', '解放路', '建设路', '中山路', '文化路', '新华路', '学院路', '长江路', '幸福路', '光明街', '和平大道', '科技园路']
const PLACES = ['小区', '花园', '公寓', '家园', '苑']
const PLACE_NAMES = ['阳光', '金色', '翠湖', '锦绣', '东方', '幸福里', '万科', '绿城', '碧桂园', '恒大']

const BUYER_NOTES = [
  '请尽快发货，谢谢',
  '不要放快递柜',
  '送人的，麻烦包装好一点',
  '能发顺丰吗？',
  '颜色别发错哦',
  '下午5点后才有人在家',
  '急用，麻烦今天发出',
  '不要放小票',
  '上次买的很好用，回购'
]
const MERCHANT_NOTES = ['老客户，送小礼品', '已核对地址', '买家要求周末送达', '同城件，可自提', '加送赠品一份']

export interface Buyer {
  name: string
  phone: string
  address: string
}

export function fakeBuyer(rng: Rng): Buyer {
  const surname = SURNAMES[rng.int(0, SURNAMES.length - 1)] as string
  const [province, city, districts] = rng.pick(REGIONS)
  const place = rng.pick(PLACE_NAMES) + rng.pick(PLACES)
  const unit = `${rng.int(1, 30)}幢${rng.int(1, 3)}单元${rng.int(1, 32)}0${rng.int(1, 4)}室`
  return {
    name: surname + rng.pick(GIVEN),
    phone: rng.pick(PHONE_PREFIXES) + '0000' + rng.digits(4),
    address: `${province} ${city} ${rng.pick(districts)} ${rng.pick(STREETS)}${rng.int(1, 999)}号${place}${unit}`
  }
}

export const fakeBuyerNote = (rng: Rng): string => (rng.chance(0.06) ? rng.pick(BUYER_NOTES) : '')
export const fakeMerchantNote = (rng: Rng): string => (rng.chance(0.03) ? rng.pick(MERCHANT_NOTES) : '')
