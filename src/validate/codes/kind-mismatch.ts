/** kind-mismatch: the file is not what its `kind` says (the kind policy, src/resolve/kind-policy.ts); reported by resolve. */
import { defineStageCode } from '../rule.js';

const COUNTY_FIX = {
  zh: '县（市、区）目录请写 kind: county 并继承市级目录（extends: xinxiang@2020），删减须在 deviations 中声明',
  en: 'A county catalogue is kind: county and extends the municipal one (extends: xinxiang@2020); removals are declared in deviations',
};

export default defineStageCode({
  id: 'kind-mismatch',
  severity: 'error',
  description: {
    zh: '目录的 kind（市级、县级、学校）与它是什么、放在哪里、继承什么不符',
    en: 'The catalogue is not what its kind (municipal, county, school) says, where it lives or what it extends',
  },
  messages: {
    default: { zh: '目录“{id}”的 kind 与其内容不符', en: 'The kind of catalogue "{id}" does not fit it' },
    municipalPlace: {
      zh: `市级基准目录（kind: municipal）只能是发布的基准文件 catalogues/{id}/{version}.yaml（文件夹名为 id，文件名为 version），这里不是。${COUNTY_FIX.zh}`,
      en: `A municipal baseline (kind: municipal) can only be the published file catalogues/{id}/{version}.yaml (folder = id, file = version); this is not it. ${COUNTY_FIX.en}`,
    },
    municipalExtends: {
      zh: `市级基准目录不继承其他目录，却写了 extends: {extends}。${COUNTY_FIX.zh}`,
      en: `A municipal baseline extends nothing, but this one says extends: {extends}. ${COUNTY_FIX.en}`,
    },
    municipalDeclared: {
      zh: '市级基准目录要写 declared（印发文件中的一级、二级事项数），用来核对没有漏项',
      en: 'A municipal baseline states declared (the category and item counts of its issuing document), so that nothing can go missing',
    },
    municipalRegion: {
      zh: `地区“{region}”（发布单位“{issuer}”）不是市级基准目录的地区：市级基准目录只能是随工具发布的（{known}），或用 --baseline 指定的文件。${COUNTY_FIX.zh}`,
      en: `"{region}" (issued by "{issuer}") is not the region of a municipal baseline: a municipal baseline is one shipped with the tool ({known}) or the file given by --baseline. ${COUNTY_FIX.en}`,
    },
    municipalFiling: {
      zh: '报送备案的目录不能是市级基准目录（kind: municipal）：备案的是县（市、区）或学校目录',
      en: 'A filing cannot be a municipal baseline (kind: municipal): counties and schools file their catalogues',
    },
    countyExtends: {
      zh: '县级目录必须继承市级目录：请写 extends: xinxiang@2020',
      en: 'A county catalogue must extend the municipal one: write extends: xinxiang@2020',
    },
    countyRegion: {
      zh: '县级目录的地区“{region}”应当是一个县、市或区（如“延津县”“卫辉市”“红旗区”）；学校请写 kind: school',
      en: 'A county catalogue\'s region "{region}" must be a county, county-level city or district (延津县, 卫辉市, 红旗区); a school is kind: school',
    },
    schoolExtends: {
      zh: '学校目录必须继承本县（市、区）目录或市级目录，如 extends: ../weihui.yaml',
      en: "A school catalogue must extend its county's catalogue or the municipal one, e.g. extends: ../weihui.yaml",
    },
    schoolRegion: {
      zh: `学校目录（kind: school）的地区“{region}”不是一所学校的名称（如“卫辉市实验学校”“延津县第一初级中学”）。${COUNTY_FIX.zh}`,
      en: `A school catalogue's (kind: school) region "{region}" does not name a school (卫辉市实验学校, 延津县第一初级中学). ${COUNTY_FIX.en}`,
    },
    schoolGeneric: {
      zh: `学校目录的“{region}”没有指明是哪一所学校（只有地名和“义务教育”“各”“中小学”这类泛称）：请写学校的全称，如“卫辉市实验学校”。${COUNTY_FIX.zh}`,
      en: `"{region}" does not name one school (only a place and generic words): write the school's full name, e.g. 卫辉市实验学校. ${COUNTY_FIX.en}`,
    },
    schoolParent: {
      zh: '“{region}”是{place}的学校，学校目录应继承{place}的目录文件（相对路径，如卫辉市的学校写 extends: ../weihui.yaml；可用 npx catalog init --kind school --extends ../weihui.yaml 新建），这样县级目录写明的事项学校都能看到；只有市直学校直接继承市级目录',
      en: '"{region}" is a school of {place}: a school catalogue extends its county\'s file by a relative path (a school of 卫辉市 writes extends: ../weihui.yaml; npx catalog init --kind school --extends ../weihui.yaml creates one); only schools run by the city extend the municipal one',
    },
    schoolIssuer: {
      zh: `学校目录由学校发布，发布单位“{issuer}”却是教育局或县（市、区）。${COUNTY_FIX.zh}`,
      en: `A school catalogue is issued by the school, but "{issuer}" is a bureau or a county. ${COUNTY_FIX.en}`,
    },
    schoolTitle: {
      zh: `学校目录是校务公开目录，标题“{title}”却是政务公开目录。${COUNTY_FIX.zh}`,
      en: `A school catalogue is a 校务公开 catalogue, but the title "{title}" is a 政务公开 one. ${COUNTY_FIX.en}`,
    },
    unpublishedBaseline: {
      zh: '继承的“{extends}”是市级目录（kind: municipal），但不是发布的基准文件 catalogues/{baseId}/{baseVersion}.yaml。请写 extends: {baseId}@{baseVersion}',
      en: '"{extends}" is a municipal catalogue but not the published baseline catalogues/{baseId}/{baseVersion}.yaml. Write extends: {baseId}@{baseVersion}',
    },
  },
});
