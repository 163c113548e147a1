/**
 * Part A of the bylaw («الف) کار گروه‌های پیشنهادی»): the coordination council and the five
 * specialised working groups, as typed readonly data. Used to print a ready roster template.
 *
 * Sources: shared/bylaw/bylaw.fa.txt (authoritative) and shared/bylaw/bylaw.en.md (English
 * vocabulary). Persian titles are taken from the Persian text with spelling cleaned (Persian
 * ی/ک, ZWNJ, Persian digits). Duties are one-line short forms of the numbered duties, in order.
 *
 * Interpretations of the text (see the tests, which pin them):
 * - A plural seat with a stated count («دو نفر از …», «۲ نفر از …») becomes that many seats,
 *   numbered «… ۱», «… ۲»; «رئیس بانکها (تجارت، ملت، …)» becomes one seat per named bank.
 * - A plural seat without a count (NGOs, «نمایندگان سازمان‌های مردم‌نهاد») is one seat for
 *   their representative.
 * - «سایر دستگاه‌ها حسب مورد نیاز» (group 3) is not a seat: it names no one, and such agencies
 *   are invited as needed (rule B-8 covers non-member agencies, without a vote).
 * - Group 4's members are laid out in two columns; they are read column by column (the chair
 *   and the secretary head the first column), as the English rendering does.
 * - The governor's seat as chair is written «فرماندار یا معاون ذی‌ربط» in every group; the text
 *   varies only in wording («یا از جانب وی معاونت ذیربط», «یا معاون ذیربط»).
 */

export type Bilingual = { fa: string; en: string };
export type SeatRole = "chair" | "secretary" | "member";
export type TemplateSeat = { title: Bilingual; role: SeatRole };
export type TemplateKey = "physical" | "social" | "economic" | "legal" | "finance";
export type CommitteeTemplate = {
  key: TemplateKey;
  title: Bilingual;
  duties: readonly Bilingual[];
  seats: readonly TemplateSeat[];
};
export type CouncilTemplate = { key: "council"; title: Bilingual; duties: readonly Bilingual[] };

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const bi = (fa: string, en: string): Bilingual => ({ fa, en });
const chair = (fa: string, en: string): TemplateSeat => ({ title: bi(fa, en), role: "chair" });
const secretary = (fa: string, en: string): TemplateSeat => ({ title: bi(fa, en), role: "secretary" });
const member = (fa: string, en: string): TemplateSeat => ({ title: bi(fa, en), role: "member" });

// Seats that recur across groups, worded identically.
const GOVERNOR_OR_DEPUTY = ["فرماندار یا معاون ذی‌ربط", "Governor or the relevant deputy"] as const;
const OMRAN_CEO = [
  "مدیرعامل شرکت عمران و مسکن‌سازان یا معاون وی",
  "CEO of the Omran and Maskan-Sazan company or his deputy",
] as const;
const RELIEF_COMMITTEE = ["رئیس کمیته امداد امام خمینی (ره)", "Head of the Imam Khomeini Relief Committee"] as const;
const HERITAGE_OFFICE = [
  "رئیس اداره میراث فرهنگی، صنایع دستی و گردشگری",
  "Head of the cultural heritage, handicrafts and tourism office",
] as const;
const professors = (): TemplateSeat[] => [
  member("استاد دانشگاه ۱", "University professor 1"),
  member("استاد دانشگاه ۲", "University professor 2"),
];

/** شورای تلفیق: its members are the chair and the secretary of each working group. */
export const COUNCIL_TEMPLATE: CouncilTemplate = deepFreeze({
  key: "council",
  title: bi("شورای تلفیق", "Coordination council"),
  duties: [
    bi(
      "بررسی و اعلام نظر در خصوص پیشنهادات کارگروه‌ها و طرح در جلسه ستاد شهرستان",
      "Review and give an opinion on the working groups' proposals and table them at the county HQ meeting",
    ),
    bi("برنامه‌ریزی جهت اجرای مصوبات ستاد شهرستان", "Plan the execution of the county HQ's resolutions"),
    bi(
      "ایجاد هماهنگی و مدیریت میان‌بخشی و حلقه پیوند میان کارگروه‌ها و ستاد",
      "Coordinate across sectors and be the link between the working groups and the HQ",
    ),
    bi(
      "ایجاد زمینه‌های مشارکت میان دستگاه‌ها برای توانمندسازی مناطق دارای بافت‌های باسامان",
      "Create grounds for cooperation between agencies to empower areas with well-ordered fabric",
    ),
    bi(
      "بررسی برنامه‌های آموزشی، تبلیغی و ترویجی (کارگاه‌های تخصصی و آموزش رسانه‌ای) برای جلب مشارکت مردمی و پیشنهاد به جلسه ستاد شهرستان",
      "Review training, publicity and outreach programmes (specialist workshops, media training) to attract public participation and propose them to the county HQ",
    ),
    bi(
      "بررسی پیشنهادات کارگروه‌ها و طرح در جلسه ستاد شهرستان",
      "Review the working groups' proposals and table them at the county HQ meeting",
    ),
  ],
});

/** The five working groups, in bylaw order. */
export const WORKING_GROUP_TEMPLATES: readonly CommitteeTemplate[] = deepFreeze([
  // ۱- کارگروه ساماندهی کالبدی، زیرساختی و میراث فرهنگی
  {
    key: "physical",
    title: bi(
      "کارگروه ساماندهی کالبدی، زیرساختی و میراث فرهنگی",
      "Working group on physical, infrastructure and cultural-heritage organisation",
    ),
    duties: [
      bi(
        "بازنگری در قوانین و مقررات محدودکننده دسترسی اقشار کم‌درآمد به تسهیلات و اعتبارات بانکی در مسکن، عمران و امور زیربنایی و ارائه راهکار",
        "Review laws and regulations restricting low-income groups' access to bank credit for housing, construction and infrastructure, and propose solutions",
      ),
      bi(
        "شناسایی و تدوین اولویت‌های اجرایی در امور زیربنایی، عمران و مسکن و ارائه به کمیسیون تلفیق",
        "Identify and set executive priorities in infrastructure, construction and housing and submit them to the coordination council",
      ),
      bi(
        "ایجاد هماهنگی و وحدت برنامه‌ریزی و تصمیم‌گیری در مسکن، عمران و امور زیربنایی",
        "Unify planning and decision-making in housing, construction and infrastructure",
      ),
      bi(
        "بررسی پیشنهادات مردمی و ارائه راهکار برای کنترل و نظارت بر ساخت‌وسازهای توسعه تأسیسات زیربنایی",
        "Review public suggestions and propose ways to control and supervise construction of infrastructure facilities",
      ),
      bi(
        "بررسی سیاست‌ها و تلفیق طرح‌های فرادست شهری با طرح توانمندسازی و وضع موجود",
        "Review policies and reconcile higher-level urban plans with the empowerment plan and the existing situation",
      ),
      bi(
        "پیشنهاد بودجه بخش‌های مسکن، عمران و امور زیربنایی در چارچوب سیاست‌های توانمندسازی مناطق",
        "Propose budgets for housing, construction and infrastructure within the area-empowerment policies",
      ),
      bi(
        "ارائه راهکار برای هماهنگی سیاست‌ها و برنامه‌های توسعه شهری با سیاست‌های تأمین مسکن گروه‌های کم‌درآمد",
        "Propose ways to align urban development policies and programmes with low-income housing supply policies",
      ),
    ],
    seats: [
      chair(...GOVERNOR_OR_DEPUTY),
      member("شهردار (معاونت فنی و عمرانی)", "Mayor (technical and civil deputy)"),
      member("رئیس شورای اسلامی شهر", "Head of the city Islamic council"),
      secretary(...HERITAGE_OFFICE),
      member(
        "اداره راه و شهرسازی (حوزه مدیریت شهرسازی و معاونت فنی و اجرایی)",
        "Roads and urban development office (urban-planning management and technical-executive deputy)",
      ),
      member("رئیس اداره برق شهرستان", "Head of the county electricity office"),
      member("رئیس اداره آب و فاضلاب شهری شهرستان", "Head of the county urban water and wastewater office"),
      member("رئیس اداره گاز شهرستان", "Head of the county gas office"),
      member("رئیس اداره مخابرات شهرستان", "Head of the county telecommunications office"),
      member("رئیس اداره ثبت اسناد شهرستان", "Head of the county deeds and property registration office"),
      member("رئیس اداره اوقاف شهرستان", "Head of the county endowments (awqaf) office"),
      member("رئیس اداره بنیاد مسکن شهرستان", "Head of the county housing foundation office"),
      member("نماینده سازمان‌های مردم‌نهاد مرتبط با میراث فرهنگی", "Representative of NGOs related to cultural heritage"),
      member("فعال میراث فرهنگی ۱", "Cultural-heritage activist 1"),
      member("فعال میراث فرهنگی ۲", "Cultural-heritage activist 2"),
      member("رئیس اداره نظام مهندسی شهرستان", "Head of the county engineering council office"),
      member(...OMRAN_CEO),
    ],
  },
  // ۲- کارگروه اجتماعی، فرهنگی و سلامت
  {
    key: "social",
    title: bi("کارگروه اجتماعی، فرهنگی و سلامت", "Working group on social, cultural and health promotion"),
    duties: [
      bi(
        "بررسی و تصویب برنامه‌های کوتاه‌مدت، میان‌مدت و بلندمدت اجتماعی، فرهنگی و سلامت محدوده‌ها و محله‌های هدف",
        "Review and approve short-, medium- and long-term social, cultural and health programmes for the target areas and neighbourhoods",
      ),
      bi(
        "تعیین سازوکار تأمین اعتبارات برنامه‌ها و طرح‌های اجتماعی، فرهنگی و سلامت در قالب بودجه سنواتی دستگاه‌ها و ارائه پیشنهاد به دولت و مراجع ذی‌ربط",
        "Set the mechanism for funding social, cultural and health programmes within the agencies' annual budgets and make proposals to the government and relevant authorities",
      ),
      bi(
        "بررسی و تصویب برنامه‌های سالانه و اولویت‌های دستگاه‌های مرتبط با حوزه اجتماعی، فرهنگی و سلامت در قالب بودجه سنواتی آن‌ها",
        "Review and approve the annual programmes and priorities of the agencies concerned with social, cultural and health affairs, within their annual budgets",
      ),
      bi(
        "بررسی و تصویب راهکارهای اجتماعی، فرهنگی و سلامت محدوده‌ها و محلات هدف برای درج در برنامه‌های توسعه و اسناد مرتبط کشور",
        "Review and approve social, cultural and health solutions for the target areas for inclusion in the country's development plans and related documents",
      ),
      bi(
        "بررسی و تصویب سازوکارهای تقویت، حمایت و ایجاد تشکل‌های مردمی و مشارکت آن‌ها در اجرای برنامه‌های اجتماعی، فرهنگی و سلامت محدوده‌ها و محله‌های هدف",
        "Approve mechanisms to strengthen, support and create community organisations (CBOs, NGOs) and involve them in social, cultural and health programmes in the target areas",
      ),
      bi(
        "تقسیم کار بین اعضا و دستگاه‌های متولی برای سیاست‌گذاری، برنامه‌ریزی و نظارت از طریق همکاری بین‌بخشی در سطوح استانی و محلی",
        "Divide work among the members and responsible agencies for policy-making, planning and supervision through inter-sector cooperation at provincial and local levels",
      ),
      bi(
        "ارزیابی عملکرد دستگاه‌های ذی‌ربط در محلات و محدوده‌های هدف، آسیب‌شناسی برنامه‌ها و ارائه راهکار",
        "Evaluate the relevant agencies' performance in the target areas, diagnose programme problems and propose solutions",
      ),
      bi(
        "نظارت و پایش عملکرد دستگاه‌ها در مراکز خدمات اجتماعی، فرهنگی و بهداشتی، تعیین راهکارهای توانمندسازی ساکنان و اولویت‌بندی مراحل پروژه‌ها",
        "Monitor agencies' work in social, cultural and health service centres, set ways to empower residents and prioritise project phases",
      ),
      bi(
        "بررسی و پیشنهاد نحوه واگذاری وظایف قابل واگذاری دستگاه‌های دولتی به بخش خصوصی و سازمان‌های غیردولتی در محدوده‌ها و محله‌های هدف",
        "Propose how transferable tasks of government agencies may be delegated to the private sector and NGOs in the target areas",
      ),
      bi(
        "ایجاد و تکمیل بانک اطلاعات شاخص‌های اجتماعی با همکاری دستگاه‌های مرتبط و پیشنهاد طرح‌های نیازسنجی اجتماعی و فرهنگی در محدوده‌ها و محله‌های هدف",
        "Build a database of social indicators with the related agencies and propose social and cultural needs assessments in the target areas",
      ),
    ],
    seats: [
      chair(...GOVERNOR_OR_DEPUTY),
      member("رئیس شورای اسلامی شهر", "Head of the city Islamic council"),
      secretary("شهردار", "Mayor"),
      member("رئیس شبکه بهداشت و درمان شهرستان", "Head of the county health and treatment network"),
      member("رئیس اداره فرهنگ و ارشاد اسلامی", "Head of the culture and Islamic guidance office"),
      member("رئیس اداره تبلیغات اسلامی", "Head of the Islamic propagation office"),
      member("رئیس اداره ورزش و جوانان", "Head of the sports and youth office"),
      member("رئیس اداره تعاون، کار و رفاه اجتماعی", "Head of the cooperatives, labour and social welfare office"),
      member("رئیس اداره ثبت احوال", "Head of the civil registration office"),
      member(
        "رئیس کانون پرورش فکری کودکان و نوجوانان شهرستان",
        "Head of the county Institute for the Intellectual Development of Children and Young Adults",
      ),
      member("رئیس راه و شهرسازی شهرستان", "Head of county roads and urban development"),
      member("رئیس آموزش و پرورش", "Head of education"),
      member("رئیس بهزیستی", "Head of welfare (Behzisti)"),
      member(
        "معاون امور اجتماعی و پیشگیری از جرم دادگستری شهرستان",
        "County judiciary deputy for social affairs and crime prevention",
      ),
      member(...RELIEF_COMMITTEE),
      ...professors(),
      member("نماینده سازمان‌های مردم‌نهاد", "Representative of NGOs"),
      member(...OMRAN_CEO),
    ],
  },
  // ۳- کارگروه ارتقاء اقتصادی، مشارکت‌های مردمی و تسهیلات
  {
    key: "economic",
    title: bi(
      "کارگروه ارتقاء اقتصادی، مشارکت‌های مردمی و تسهیلات",
      "Working group on economic promotion, public participation and facilities",
    ),
    duties: [
      bi(
        "تهیه برنامه‌های سالانه کارگروه منطبق با اهداف و با رعایت اولویت‌ها",
        "Prepare the group's annual programmes in line with its aims and priorities",
      ),
      bi(
        "بررسی و ارائه برنامه‌های پیشنهادی ارتقاء مهارت‌های شغلی و تحصیلی و آموزش فنی و حرفه‌ای برای بهبود معیشت ساکنان و فقرزدایی، جهت سیاست‌گذاری در ستاد استانی",
        "Propose programmes for job and educational skills and vocational training to improve residents' livelihoods and reduce poverty, for policy-making at the provincial HQ",
      ),
      bi(
        "بررسی و ارائه برنامه‌های پیشنهادی ایجاد شرکت‌های تعاونی اشتغال و تولید محصولات و صنایع دستی و خانگی برای ارتقاء اقتصادی خانوارهای کم‌درآمد محلات هدف",
        "Propose employment cooperatives and the production of handicrafts and home products to raise the economic standing of low-income households in the target neighbourhoods",
      ),
      bi(
        "بررسی و ارائه راهکارهای استفاده از تجارب فنی و منابع مالی ملی در آموزش‌های فنی و حرفه‌ای و کارآفرینی به ستاد استانی",
        "Propose to the provincial HQ ways to use national technical experience and funds for vocational training and entrepreneurship",
      ),
      bi(
        "بررسی و ارائه برنامه‌های پیشنهادی آموزشی، مهارتی، فرهنگی، تبلیغی، ترویجی، ظرفیت‌سازی و نهادسازی اقتصادی در سطوح منطقه‌ای و محلی برای تصویب در ستاد استانی",
        "Propose training, skills, cultural, outreach, capacity-building and institution-building programmes at regional and local levels for approval by the provincial HQ",
      ),
      bi(
        "بررسی مشکلات اقتصادی و ارائه راهکار برای گنجاندن بافت‌های غیررسمی در برنامه‌ریزی‌های منطقه‌ای و محلی",
        "Review economic problems and propose ways to include informal fabric in regional and local planning",
      ),
      bi(
        "شناسایی امکانات و محدودیت‌های اقتصادی مناطق و ارائه راهکار برای تشویق بخش غیردولتی و سرمایه‌گذاری و پیشنهاد به شورای تلفیق",
        "Identify the areas' economic potential and limits, propose ways to encourage the private sector and investment, and submit them to the coordination council",
      ),
      bi(
        "بررسی راهکارهای دسترسی اقشار کم‌درآمد به تسهیلات بانکی و هدایت و نظارت بر نحوه استفاده از آن و پیشنهاد به شورای تلفیق",
        "Review ways for low-income groups to access bank credit, guide and supervise its use, and submit proposals to the coordination council",
      ),
      bi(
        "بررسی وضعیت اشتغال در سطح محلات از طریق نهادهای منتخب مردمی و ارائه راهکارهای تشویقی برای سرمایه‌گذاری در امور اشتغال‌زا",
        "Review local employment through elected local bodies and propose incentives for job-creating investment",
      ),
      bi(
        "بررسی راهکارهای جذب منابع و مصارف شبکه بانکی استان و اظهارنظر درباره اولویت اعطای تسهیلات و اعتبارات بانکی",
        "Review how the provincial banking network attracts and allocates funds and give an opinion on priorities for bank credit",
      ),
      bi(
        "بررسی، پیشنهاد و اولویت‌بندی توزیع تسهیلات و اعتبارات بانکی بهسازی، نوسازی و ودیعه مسکن در محلات هدف به ستاد استانی",
        "Review, propose and rank for the provincial HQ the distribution of bank credit for improvement, renovation and rent deposits in the target neighbourhoods",
      ),
      bi(
        "پیشنهاد برنامه‌های توسعه مشارکت زنان و جوانان در فعالیت‌های اقتصادی محلات هدف",
        "Propose programmes to develop the participation of women and young people in the economic activities of the target neighbourhoods",
      ),
      bi(
        "پیشنهاد ایجاد و تکمیل بانک اطلاعات شاخص‌های اقتصادی و اشتغال با همکاری دستگاه‌های مرتبط",
        "Propose building and completing a database of economic and employment indicators with the related agencies",
      ),
      bi(
        "سایر امور توانمندسازی اقتصادی، مشارکت‌های مردمی، تسهیلات و اشتغال‌زایی که از طریق ستاد ارجاع می‌شود",
        "Other matters of economic empowerment, public participation, facilities and job creation referred by the HQ",
      ),
    ],
    seats: [
      chair(...GOVERNOR_OR_DEPUTY),
      secretary("رئیس اداره آموزش فنی و حرفه‌ای شهرستان", "Head of the county technical and vocational training office"),
      member("رئیس اداره تعاون، کار و رفاه اجتماعی", "Head of the cooperatives, labour and social welfare office"),
      member("رئیس اداره راه و شهرسازی", "Head of the roads and urban development office"),
      member(...RELIEF_COMMITTEE),
      member("رئیس اداره بهزیستی", "Head of the welfare (Behzisti) office"),
      member("رئیس اداره صنعت، معدن و تجارت", "Head of the industry, mining and trade office"),
      member("رئیس شورای اسلامی شهر", "Head of the city Islamic council"),
      member("رئیس اداره اقتصاد و دارایی", "Head of the economic affairs and finance office"),
      member("رئیس اداره حفاظت محیط زیست", "Head of the environmental protection office"),
      member("رئیس اداره جهاد کشاورزی", "Head of the agricultural jihad office"),
      member(...HERITAGE_OFFICE),
      member(
        "سرپرست یکی از بانک‌های شهرستان (به انتخاب و معرفی شورای هماهنگی بانک‌ها)",
        "Head of one county bank (chosen and introduced by the banks' coordination council)",
      ),
      member("رئیس اداره منابع طبیعی", "Head of the natural resources office"),
      member("رئیس اداره شهرک‌های صنعتی شهرستان", "Head of the county industrial estates office"),
      member("رئیس اداره آب و فاضلاب شهرستان", "Head of the county water and wastewater office"),
      ...professors(),
      member("نماینده سازمان‌های مردم‌نهاد", "Representative of NGOs"),
      member(
        "نماینده اتاق تعاون، صنعت، معدن و کشاورزی",
        "Representative of the chamber of cooperatives, industry, mining and agriculture",
      ),
      member("کارآفرین برتر یا صاحب‌نظر شهرستان ۱", "Top county entrepreneur or expert 1"),
      member("کارآفرین برتر یا صاحب‌نظر شهرستان ۲", "Top county entrepreneur or expert 2"),
      member(...OMRAN_CEO),
    ],
  },
  // ۴- کارگروه حقوقی و پیش‌نگری و پیشگیری از گسترش محله‌های ناکارآمد شهری
  {
    key: "legal",
    title: bi(
      "کارگروه حقوقی و پیش‌نگری و پیشگیری از گسترش محله‌های ناکارآمد شهری",
      "Working group on legal affairs, foresight, and preventing the spread of dysfunctional neighbourhoods",
    ),
    duties: [
      bi(
        "بررسی زمینه‌های رسمیت‌بخشی و تضمین حقوق مالکیت در محدوده‌های بافت‌های نابسامان",
        "Review ways to formalise and secure property rights in disordered areas",
      ),
      bi(
        "بررسی موانع حقوقی دسترسی ساکنان سکونتگاه‌های غیررسمی به تسهیلات دولتی",
        "Review legal barriers to informal settlers' access to public facilities",
      ),
      bi(
        "بررسی چگونگی رصد جابه‌جایی‌ها و حرکات جمعیتی توسط نهادهای مسئول و هدایت آگاهانه تحرکات جمعیتی",
        "Review how responsible bodies can monitor population movements and guide them deliberately",
      ),
      bi(
        "بررسی و ارائه برنامه‌های افزایش جاذبه‌های زیستی در کانون‌های روستایی و شهرهای کوچک و متوسط",
        "Propose programmes to make rural centres and small and medium towns more attractive places to live",
      ),
      bi(
        "ارائه راهکارهای ظرفیت‌سازی و تقویت نهادهای مدیریتی مرتبط برای ساماندهی و توانمندسازی بافت‌های نابسامان و جلوگیری از گسترش آن",
        "Propose capacity-building and strengthening of the management bodies concerned, to organise and empower disordered fabric and stop its spread",
      ),
      bi(
        "بررسی و ارائه راهکارهای شناسایی و تعیین محدوده بافت‌های نابسامان در داخل و حریم بلافصل شهرها برای تعیین تکلیف مدیریت آن‌ها (دهیاری، بخشداری، شهرداری ویژه و ...)",
        "Propose ways to identify and delimit disordered fabric within and immediately around cities, to settle how each is managed (village administration, district office, special municipality, etc.)",
      ),
      bi(
        "بررسی چگونگی تعیین تکلیف وضعیت مالکیت ساکنان و املاک (اراضی) واقع در محدوده و حریم شهر برای جلوگیری از گسترش بافت‌های نابسامان، همراه با برنامه‌های اجرایی",
        "Review how to settle the ownership of residents and land within the city limits and buffer zone to stop disordered fabric spreading, with executive programmes",
      ),
      bi(
        "بررسی نحوه مدیریت زمین، ایجاد بانک اطلاعات زمین و مسکن شهری و نظارت، نگهداری و حفاظت از اراضی تصرفی دولتی و ملی در شهرها",
        "Review land management, build an urban land and housing database, and supervise and protect occupied state and national land in cities",
      ),
      bi(
        "بررسی چگونگی ممانعت از تفکیک و معامله زمین خارج از چارچوب قانونی و ارائه تسهیلات و مشوق‌ها برای معامله زمین در بخش رسمی، به‌ویژه کاهش هزینه‌های مجوز ساخت و تفکیک",
        "Review how to prevent illegal land subdivision and transactions and offer incentives for formal land transactions, notably lower building and subdivision permit costs",
      ),
      bi(
        "پیشنهاد راهکارهای عملیاتی به ستاد استان برای هماهنگی دستگاه‌های ذی‌ربط در استفاده بهینه از امکانات موجود به منظور پیشگیری",
        "Propose to the provincial HQ operational ways to coordinate the relevant agencies in making the best use of existing resources for prevention",
      ),
    ],
    seats: [
      chair("رئیس دادگستری شهرستان", "Head of the county justice department"),
      secretary("شهردار", "Mayor"),
      member("رئیس اداره اطلاعات", "Head of the intelligence office"),
      member("فرمانده نیروی انتظامی شهرستان", "County police commander"),
      member("رئیس اداره ثبت اسناد", "Head of the deeds registration office"),
      member("رئیس راه و شهرسازی", "Head of roads and urban development"),
      member(
        "رئیس اداره بنیاد مسکن انقلاب اسلامی شهرستان",
        "Head of the county Islamic Revolution housing foundation office",
      ),
      member("رئیس منابع طبیعی شهرستان", "Head of county natural resources"),
      member("رئیس جهاد کشاورزی", "Head of agricultural jihad"),
      member("معتمد محلی ۱", "Trusted local figure 1"),
      member("معتمد محلی ۲", "Trusted local figure 2"),
      member("رئیس حفاظت از محیط زیست", "Head of environmental protection"),
      member("فرماندار شهرستان", "County governor"),
      ...professors(),
      member("رئیس شورای شهر", "Head of the city council"),
      member(...OMRAN_CEO),
    ],
  },
  // ۵- کارگروه تأمین منابع مالی، درآمدها و تجهیز منابع
  {
    key: "finance",
    title: bi(
      "کارگروه تأمین منابع مالی، درآمدها و تجهیز منابع",
      "Working group on financial resources, revenues and resource mobilisation",
    ),
    duties: [
      bi(
        "شناسایی منابع مالی و ابتکارات محلی (از قبیل خیرین و معتمدان محلی) برای اجرای برنامه‌ها و پروژه‌های مصوب ستاد توانمندسازی استان",
        "Identify financial resources and local initiatives (such as benefactors and trusted local figures) for the programmes and projects approved by the provincial empowerment HQ",
      ),
      bi(
        "شناسایی امکانات و محدودیت‌های اقتصادی مناطق و ارائه راهکار برای تشویق بخش غیردولتی و سرمایه‌گذاری و پیشنهاد به کمیسیون تلفیق",
        "Identify the areas' economic potential and limits, propose ways to encourage the private sector and investment, and submit them to the coordination council",
      ),
      bi(
        "ارائه راهکارهای ظرفیت‌سازی و تقویت منابع مالی برای ساماندهی و توانمندسازی بافت‌های نابسامان و پیشنهاد به ستاد برای تأمین سایر منابع از طرق مختلف",
        "Propose capacity-building and strengthening of financial resources to organise and empower disordered fabric, and propose to the HQ other ways to secure resources",
      ),
    ],
    seats: [
      chair(...GOVERNOR_OR_DEPUTY),
      secretary("رئیس امور اقتصادی و دارایی", "Head of economic affairs and finance"),
      member("رئیس شورای شهر", "Head of the city council"),
      member("شهردار", "Mayor"),
      member("رئیس راه و شهرسازی", "Head of roads and urban development"),
      member("رئیس بانک تجارت", "Head of Tejarat Bank"),
      member("رئیس بانک ملت", "Head of Mellat Bank"),
      member("رئیس بانک کشاورزی", "Head of Keshavarzi Bank"),
      member("رئیس بانک ملی", "Head of Melli Bank"),
      member("رئیس بانک رفاه کارگران", "Head of Refah Kargaran Bank"),
      member("رئیس بانک سپه", "Head of Sepah Bank"),
      member("رئیس اوقاف و امور خیریه", "Head of endowments and charity affairs"),
      member(
        "نماینده سازمان‌های مردم‌نهاد مرتبط با موضوع کارگروه",
        "Representative of NGOs related to the group's subject",
      ),
      member(...OMRAN_CEO),
    ],
  },
] satisfies CommitteeTemplate[]);

export const TEMPLATE_KEYS: readonly (TemplateKey | "council")[] = deepFreeze([
  ...WORKING_GROUP_TEMPLATES.map((t) => t.key),
  COUNCIL_TEMPLATE.key,
]);

/** The working-group template with this key (case and surrounding spaces ignored), if any. */
export function findTemplate(key: string): CommitteeTemplate | undefined {
  const wanted = key.trim().toLowerCase();
  return WORKING_GROUP_TEMPLATES.find((t) => t.key === wanted);
}
