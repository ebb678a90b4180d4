/**
 * Texts of the pipeline capability (关键人, 话术, 销售漏斗, 谈判). The integrator merges these under
 * the `pipeline` namespace. Talk-point params are raw figures: the UI formats them by
 * TALK_FIGURE_UNITS (fen as CNY, ppm as %) and puts talk.figureMissing in for a missing one.
 */
export const zhCNPipeline = {
  departments: {
    general_manager: '总经理',
    purchasing: '采购中心',
    operations: '营运中心',
    store_manager: '店长',
    pharmacist: '驻店药师',
    clerk: '营业员',
    promoter: '促销员',
    custom: '其他部门'
  },
  decisionWeights: { decision: '决策', influence: '影响', user: '使用' },
  needKindGroups: { explicit: '显性需求', implicit: '隐性需求' },
  needKinds: {
    function: '功能需求',
    system: '系统需求',
    user: '用户需求',
    operations: '运营需求',
    career: '政绩需求',
    business: '业务需求',
    management: '管理需求'
  },
  needKindHints: {
    function: '必须实现的功能，用来完成任务、满足业务需求',
    system: '涉及多个环节的整体要求',
    user: '使用者要求必须能完成的任务',
    operations: '日常运营中提出的要求',
    career: '与仕途和地位相关：工作保障、被他人尊重、自我实现、职位竞争',
    business: '与业务直接相关的潜在问题：收入增长、效率提高、成本下降',
    management: '组织或高层的目标：组织战略、组织发展、组织变革、竞争驱动'
  },
  needs: {
    general_manager: {
      gross_margin: '整体盈利能力：毛利额与整体毛利率',
      cash_flow: '资金使用：现金流、重点单位的货款支付',
      sales_per_area_staff: '坪效与人效：主要品类的产出',
      partner_sell_through: '战略合作单位的动销情况',
      promotion_effect: '促销效果',
      store_expansion: '门店拓展及整体规划',
      staff_selling_skills: '员工销售技巧的提升'
    },
    purchasing: {
      sku_structure: 'SKU 结构优化：品类、品种、品规的调整与完善',
      margin: '品种的毛利率与毛利额',
      new_item_sell_through: '新品的动销及库存，尤其重点品种的动销和盈利',
      supplier_partnership: '厂家互动及战略合作方案（重点关注动销）',
      other_income: '营业外收入',
      settlement: '结算方式',
      display: '品相：陈列与卖相'
    },
    operations: {
      sell_through: '产品动销：动销率及动销周期',
      sales_per_area_staff: '坪效与人数',
      sell_through_campaigns: '动销活动方案及实施效果',
      staff_selling_skills: '员工销售技巧的提升',
      training: '培训',
      margin_contribution: '产品的毛利贡献率',
      traffic_ticket_conversion: '人流量、客单价、成交率',
      membership: '会员制管理'
    },
    store_manager: {
      store_profitability: '门店盈利能力：营业额与高毛利品种的动销',
      associated_selling: '员工的关联销售能力',
      traffic_ticket_conversion: '人流量、客单量、成交率、日营业额',
      outdoor_promotion: '店外促销',
      career_plan: '个人职业生涯规划'
    },
    pharmacist: { associated_selling: '关联销售', efficacy: '产品疗效' },
    clerk: { commission_income: '收入（挂金）', skill_growth: '个人能力的提升', respect: '尊重', store_promotions: '门店促销活动' },
    promoter: { commission: '挂金', store_promotions: '门店促销活动', product_knowledge: '产品知识' }
  },
  relationshipStages: {
    acquainted: '认识',
    familiar: '熟悉',
    approving: '认可',
    trusting: '信任',
    friends: '交友',
    partners: '合作'
  },
  relationshipGuidance: {
    first_visit: '初次拜访，第一印象很重要！用开放式问题收集信息，当好听众。',
    no_argument: '不与客户的认知争辩，求同存异。',
    solve_problems: '帮助客户解决项目中的问题，用专业和商务打动客户（产品及公司）。',
    sincerity: '少一些功利，多一分真诚。',
    friendship: '友情是无价的。',
    joint_work: '共同完成一件工作，创造双赢。'
  },
  relationshipIssues: {
    date_missing: '“{{stage}}”还没有填写日期',
    date_invalid: '“{{stage}}”的日期 {{date}} 不是有效日期',
    date_in_future: '“{{stage}}”的日期 {{date}} 晚于今天',
    date_before_previous: '“{{stage}}”的日期 {{date}} 早于上一阶段“{{previousStage}}”的 {{previousDate}}',
    date_beyond_stage: '尚未到达“{{stage}}”，却填写了日期 {{date}}',
    already_top: '关系已到“合作”，无法再推进',
    invalid_date: '日期无效'
  },
  figures: {
    marginAmountFen: '毛利额',
    marginRatePpm: '毛利率',
    paymentDays: '账期',
    skuCount: 'SKU 数',
    keySkuCount: '重点 SKU 数',
    expectedSellThroughPpm: '预计动销率',
    promotionRoiPpm: '促销 ROI',
    promotionEvents: '促销活动场次',
    otherIncomeFen: '营业外收入',
    expectedAnnualSalesFen: '预计年销售额',
    commissionPerUnitFen: '单品挂金',
    trainingSessions: '培训场次'
  },
  talk: {
    figureMissing: '（待补充）',
    opening: {
      general_manager: '{{name}}总，您好！今天想从整体盈利和资金效率的角度，跟您汇报我们的合作方案。',
      purchasing: '{{name}}，您好！这次的方案主要围绕品类结构、毛利和结算，跟您逐项确认。',
      operations: '{{name}}，您好！这次想重点谈谈门店动销，以及我们能给营运带来的支持。',
      store_manager: '{{name}}店长，您好！想跟您聊聊怎么帮门店提升营业额和高毛利品种的动销。',
      pharmacist: '{{name}}药师，您好！想跟您介绍一下产品的疗效和关联用药的建议。',
      clerk: '{{name}}，您好！我们这次准备了挂金和促销活动，想听听您的意见。',
      promoter: '{{name}}，您好！这次的挂金、活动和产品知识培训跟您说明一下。',
      custom: '{{name}}（{{department}}），您好！想跟您沟通一下这次的合作方案。'
    },
    need: {
      general_manager: {
        gross_margin: '整体盈利：方案预计为贵司带来毛利额 {{marginAmountFen}}，毛利率 {{marginRatePpm}}。',
        cash_flow: '资金效率：账期 {{paymentDays}} 天，不占用贵司的现金流。',
        sales_per_area_staff: '坪效与人效：预计年销售额 {{expectedAnnualSalesFen}}，提升主要品类的产出。',
        partner_sell_through: '动销：作为战略合作单位，预计动销率 {{expectedSellThroughPpm}}。',
        promotion_effect: '促销效果：活动预计 ROI {{promotionRoiPpm}}。',
        store_expansion: '门店拓展：新店开业我们同步配货、陈列和促销支持。',
        staff_selling_skills: '员工能力：全年安排 {{trainingSessions}} 场销售技巧培训。'
      },
      purchasing: {
        sku_structure: 'SKU 结构：进场 {{skuCount}} 个 SKU，其中重点 SKU {{keySkuCount}} 个，补齐品类缺口。',
        margin: '毛利：毛利率 {{marginRatePpm}}，毛利额 {{marginAmountFen}}。',
        new_item_sell_through: '新品动销：预计动销率 {{expectedSellThroughPpm}}，库存由我们跟进，不压货。',
        supplier_partnership: '厂家互动：全年 {{promotionEvents}} 场联合活动，重点保障动销。',
        other_income: '营业外收入：全年费用合计 {{otherIncomeFen}}。',
        settlement: '结算方式：账期 {{paymentDays}} 天，按贵司流程结算。',
        display: '品相：我们负责陈列维护，保证卖相。'
      },
      operations: {
        sell_through: '动销：预计动销率 {{expectedSellThroughPpm}}，缩短动销周期。',
        sales_per_area_staff: '坪效与人数：预计年销售额 {{expectedAnnualSalesFen}}。',
        sell_through_campaigns: '动销活动：全年 {{promotionEvents}} 场，预计 ROI {{promotionRoiPpm}}，效果按月复盘。',
        staff_selling_skills: '员工销售技巧：全年 {{trainingSessions}} 场培训。',
        training: '培训：全年 {{trainingSessions}} 场，覆盖产品知识和关联销售。',
        margin_contribution: '毛利贡献：品种毛利率 {{marginRatePpm}}。',
        traffic_ticket_conversion: '客流、客单价与成交率：活动和关联陈列带动进店和连带购买。',
        membership: '会员管理：可配合会员日和会员专享价。'
      },
      store_manager: {
        store_profitability: '门店盈利：高毛利品种，毛利率 {{marginRatePpm}}，预计动销率 {{expectedSellThroughPpm}}。',
        associated_selling: '关联销售：我们给店员做 {{trainingSessions}} 场关联销售培训。',
        traffic_ticket_conversion: '客流、客单量、成交率：活动带动日营业额。',
        outdoor_promotion: '店外促销：全年 {{promotionEvents}} 场，人员和物料由我们负责。',
        career_plan: '个人发展：门店业绩提升，也是您的业绩。'
      },
      pharmacist: {
        associated_selling: '关联销售：提供联合用药建议，方便您给顾客推荐。',
        efficacy: '产品疗效：提供临床资料和产品说明，您推荐更有把握。'
      },
      clerk: {
        commission_income: '收入：每卖出一件挂金 {{commissionPerUnitFen}}。',
        skill_growth: '个人提升：全年 {{trainingSessions}} 场培训。',
        respect: '我们尊重一线店员的意见，陈列和活动先听您的建议。',
        store_promotions: '门店活动：全年 {{promotionEvents}} 场促销，带动您的销售。'
      },
      promoter: {
        commission: '挂金：每件 {{commissionPerUnitFen}}。',
        store_promotions: '门店活动：全年 {{promotionEvents}} 场。',
        product_knowledge: '产品知识：全年 {{trainingSessions}} 场培训。'
      }
    },
    own_words: '您提到：“{{text}}”——我们的方案这样回应：',
    implicit: {
      career: '（政绩）这次合作也能体现您的成绩：{{note}}',
      business: '（业务）{{note}}',
      management: '（管理）{{note}}'
    },
    closing: '总结一下，这个方案能帮您解决以上问题，是这样吗？'
  },
  funnel: {
    stages: {
      target: '目标客户',
      intention: '意向客户',
      project: '立项客户',
      acceptance: '认可客户',
      negotiation: '谈判客户',
      deal: '成交',
      repeat_purchase: '重复购买'
    },
    stageGoals: {
      target: '定位和挖掘目标客户',
      intention: '引导和确认客户意向',
      project: '影响及跟进客户立项',
      acceptance: '赢得客户的初步认可',
      negotiation: '与客户进行商务谈判',
      deal: '完成销售成交',
      repeat_purchase: '保持合作，争取返单'
    },
    owners: {
      ka_manager: '客户经理',
      project_manager: '项目经理',
      project_team: '项目小组',
      senior_management: '公司高层',
      finance_manager: '财务主管'
    },
    companySize: { small_mid: '中小企业', large: '中大企业或政府' },
    criteria: {
      target: {
        materials_allowed: '允许邮寄资料或邮件',
        first_contact: '建立了初步联系',
        visit_scheduled: '已初步约定正式拜访时间'
      },
      intention: {
        formal_visit: '正式拜访过 1 次以上',
        evaluating: '正在考察、选型中',
        clear_need: '有明确的需求',
        senior_sponsor: '客户方有明确的中高层项目负责人'
      },
      project: {
        team_and_decision_process: '有明确的项目组成员及决策流程',
        launch_timeline: '有明确的上线（进场）时间规划',
        budget_range: '有明确的预算范围',
        core_need: '有清晰的核心需求',
        competitor: '有竞争对手'
      },
      acceptance: {
        tender_won: '招投标中标',
        payer_public_first_choice: '客户方付费决策人公开表态我方产品为第一选择',
        decision_makers_approve: '最大决策权重者或多数决策人认可我方'
      },
      negotiation: {
        their_contract_received: '客户方已向我方提交其格式合同',
        our_contract_sent: '我方已向客户提供我方格式合同',
        deadline_negotiation: '有明确期限的合同谈判正在进行',
        price_objection: '客户方对价格提出异议',
        delivery_and_payment_terms: '正在商谈交付难易程度、付款比例'
      },
      deal: { contract_signed: '双方签订商务合同', first_payment: '客户方已汇出首付款' },
      repeat_purchase: { reorder_placed: '客户已再次下单', contract_renewed: '合同已续签' }
    },
    rules: {
      at_least: '至少满足其中 {{count}} 条',
      all_of: '须满足：{{criteria}}',
      by_company_size: '中小企业：{{smallMid}}；中大企业或政府：{{large}}',
      assumedLarge: '未填写企业规模，按中大企业的标准判断'
    },
    evaluation: {
      met: '证据已满足',
      notMet: '还差 {{shortBy}} 条',
      missing: '未满足：{{criteria}}'
    },
    refusals: {
      not_open: '商机已关闭，不能再推进',
      at_last_stage: '已在最后阶段',
      evidence_not_met: '“{{stage}}”的评判标准尚未满足',
      invalid_date: '日期无效'
    },
    lapse: '“{{stage}}”的评判标准已不再满足，请重新确认阶段',
    status: { open: '进行中', won: '赢单', lost: '丢单' },
    historyIssues: {
      empty: '没有阶段记录',
      not_current_stage: '最后一条阶段记录是“{{stage}}”，与当前阶段“{{current}}”不一致',
      date_invalid: '“{{stage}}”的进入日期 {{date}} 不是有效日期',
      date_in_future: '“{{stage}}”的进入日期 {{date}} 晚于今天',
      dates_out_of_order: '“{{stage}}”的进入日期 {{date}} 早于上一阶段“{{previousStage}}”的 {{previousDate}}',
      closed_without_date: '商机已关闭，但没有填写关闭日期',
      closed_before_last_stage: '关闭日期 {{closedOn}} 早于进入“{{stage}}”的日期 {{date}}'
    },
    configIssues: {
      probability_out_of_range: '“{{stage}}”的赢率必须在 0% 到 100% 之间，已沿用默认值',
      probability_not_rising: '“{{stage}}”的赢率不高于上一阶段“{{previousStage}}”',
      rule_unknown_criterion: '“{{stage}}”的规则引用了不存在的标准“{{criterion}}”',
      rule_count_out_of_range: '“{{stage}}”的规则要求满足 {{count}} 条，但只有 {{criteria}} 条标准',
      duplicate_criterion: '“{{stage}}”已有标准“{{criterion}}”'
    }
  },
  pipeline: {
    weighted: '加权金额',
    value: '商机金额',
    count: '商机数',
    groupBy: { owner: '负责人', format: '业态', region: '区域' },
    ungrouped: '未填'
  },
  health: {
    measures: {
      volume: '粗细（容量）',
      conversion: '斜率（推进效率）',
      distribution: '均匀（阶段分布）',
      velocity: '流速（销售周期）'
    },
    volumeHint: '各阶段进行中的商机数和金额',
    conversionHint: '到达本阶段的商机中，进入下一阶段的比例',
    distributionHint: '均匀度 100% 表示各阶段商机数相同，0% 表示全部挤在一个阶段',
    velocityHint: '每个阶段停留的天数（中位数 / 平均数），进行中的商机计到今天',
    emptyStages: '空阶段：{{stages}}',
    medianDays: '中位 {{days}} 天',
    meanDays: '平均 {{days}} 天',
    observedWinRate: '实际赢率',
    defaultWinRate: '默认赢率',
    reasons: {
      no_deals_reached_stage: '还没有商机到达这一阶段',
      too_few_closed: '已关闭商机不足 {{required}} 个（现有 {{closed}} 个），暂不计算实际赢率',
      no_completed_spells: '没有可计算的停留时间',
      no_open_deals: '没有进行中的商机'
    }
  },
  export: {
    sheetName: '关键人',
    fileBaseName: '关键人',
    allAccounts: '全部客户',
    account: '客户',
    name: '姓名',
    department: '部门',
    title: '职务',
    decisionWeight: '决策权重',
    relationship: '关系阶段',
    reachedOn: '进入日期',
    needs: '需求（教材清单）',
    ownWords: '需求（原话）'
  },
  negotiation: {
    ourTactics: {
      avoid_strength_hit_weakness: { name: '避实就虚', gist: '避开对方的强项和硬条件，从对方关心、我方有优势的地方切入。' },
      retreat_to_advance: { name: '以退为进', gist: '先在次要条件上让一步，换取对方在关键条件上的让步。' },
      avoid_argument: { name: '避免争论', gist: '对事不对人，不与采购争辩，求同存异，把分歧拉回到客观标准。' },
      good_cop_bad_cop: { name: '红白脸', gist: '两人配合，一人坚持原则、一人缓和气氛，为让步留余地。' },
      take_the_initiative: { name: '反客为主', gist: '由我方先拿出方案和议程，引导谈判围绕我方的方案进行。' },
      deadline: { name: '最后期限', gist: '给方案设定有效期（档期、促销季），促使对方尽快决定。' },
      trade_conditions: { name: '条件置换', gist: '每一个让步都要换回一个条件，不做单方面让步。' },
      cut_less_give_more: { name: '少降多送', gist: '少降价、多赠送：赠品对我方只是成本，却不破坏价格体系。' },
      market_strategy: { name: '市场策略', gist: '用市场表现和竞品在其他卖场的情况说话，增加我方筹码。' }
    },
    buyerTactics: {
      rounds_of_price_cuts: { name: '多轮杀价', gist: '采购会一轮接一轮压价，每轮都要准备好可让的条件。' },
      know_both_sides: { name: '知己知彼', gist: '采购熟悉我方和竞品的底细，会拿竞争对手压价。' },
      multi_level_game: { name: '多层级博弈', gist: '采购、经理、总监层层谈，每一层都要求再让一步。' },
      identify_roles: { name: '认清身份', gist: '弄清对面谁能拍板、谁只是传话，避免对错人让步。' },
      lower_is_better: { name: '越低越好', gist: '采购的原则是价格越低越好、费用越多越好，不会主动停止要价。' }
    },
    principles: {
      issue_not_person: '对事不对人',
      interests_not_positions: '注重内在利益',
      mutual_gain: '寻求双方都受益的解决方法',
      objective_criteria: '坚持客观标准'
    },
    prerequisites: {
      key_people_known: '决定项目的关键人物已经确定',
      solution_confirmed: '方案已得到客户关键人物的确认',
      timeline_confirmed: '项目的启动时间和完成时间已经确认',
      negotiation_format_set: '客户已确定谈判方式（招标入围，或确定先后谈判的供应商）'
    },
    questionTypes: {
      situation: '情景型问题',
      diagnostic: '诊断型问题',
      implication: '启发型问题',
      confirmation: '确认型问题'
    },
    questionTypeHints: {
      situation: '获取背景资料，发现客户在特定情景下的问题、不满和目标背后的动因',
      diagnostic: '探究客户的抱怨和不满，确认问题点，扩大到共同关心的问题',
      implication: '引导客户思考问题的影响和后果，自己发现现状的不足',
      confirmation: '确认解决问题的好处，让客户自己说出价值'
    },
    questions: {
      situation: {
        '1': '您对{{topic}}感觉怎么样？',
        '2': '您觉得{{topic}}好在哪里？',
        '3': '您为什么会选择{{topic}}？',
        '4': '您是如何使用{{topic}}的？'
      },
      diagnostic: {
        '1': '在{{topic}}方面，您有什么困难吗？',
        '2': '对{{topic}}，您有不满意的地方吗？',
        '3': '您觉得{{topic}}有什么问题？',
        '4': '在{{topic}}这些不满意中，您最不满意的是哪一个？'
      },
      implication: {
        '1': '因为{{topic}}这个问题，对您又会产生什么影响呢？',
        '2': '因为这个影响，又会带来什么严重后果？',
        '3': '这个后果得不到及时处理，对您的生意意味着什么？',
        '4': '总结一下，因为{{topic}}这个问题，导致了这样的严重后果，是这样吗？'
      },
      confirmation: {
        '1': '{{topic}}对您有帮助吗？',
        '2': '{{topic}}有什么好处？',
        '3': '{{topic}}还有什么好处呢？',
        '4': '总结一下，解决这个问题的好处是{{topic}}，是这样吗？'
      }
    },
    terms: { supply_price: '供货价', fixed_fees: '固定费用', percentage_terms: '比例费用', payment_days: '账期' },
    limits: { opening: '开价', objective: '目标', walkAway: '底线' },
    sheet: {
      title: '谈判准备表',
      limits: '目标与底线',
      expectedBuyerTactics: '对方可能的谈判手法及应对',
      ourTactics: '我方策略',
      concessions: '让步计划（条件置换）',
      give: '我方让出',
      get: '换回条件',
      questionPlan: '提问计划',
      prerequisites: '进入谈判的前提',
      heading: '{{account}} · 第 {{round}} 轮',
      meetingOn: '会谈日期：{{date}}',
      term: '条件',
      tactic: '手法',
      response: '我方应对',
      ourTactic: '策略',
      note: '要点',
      cost: '让步成本（元）',
      questionType: '类型',
      question: '问题',
      met: '已满足',
      notMet: '未满足',
      agreed: '谈判结果',
      days: '{{days}} 天',
      noResponse: '（待定）',
      fileBaseName: '谈判准备表'
    },
    issues: {
      limit_missing: '“{{term}}”的目标或底线还没有填写',
      limit_negative: '“{{term}}”不能为负数',
      walk_away_beyond_objective: '“{{term}}”的底线比目标还好，请检查（目标 {{objective}}，底线 {{walkAway}}）',
      opening_below_objective: '“{{term}}”的开价不如目标，没有让步空间',
      no_limits: '还没有设定任何目标与底线',
      buyer_tactic_without_response: '对方的“{{tactic}}”还没有应对方案',
      buyer_tactic_repeated: '“{{tactic}}”重复列出',
      concession_without_get: '让出“{{give}}”没有换回任何条件（条件置换）',
      concession_negative: '让步金额不能为负数',
      question_type_missing: '提问计划中没有{{type}}',
      question_template_unknown: '问题句型“{{template}}”与问题类型不符',
      prerequisite_missing: '进入谈判的前提未满足：{{prerequisite}}'
    }
  },
  activities: {
    urgency: { overdue: '已逾期', due_today: '今天到期', upcoming: '即将到期' },
    overdueDays: '逾期 {{days}} 天',
    dueInDays: '{{days}} 天后到期'
  },
  ui: {
    funnelTitle: '销售漏斗',
    funnelSubtitle: '商机按证据推进：每个阶段的评判标准满足后才能进入下一阶段',
    relationshipsTitle: '关键人与拜访',
    relationshipsSubtitle: '客户的关键人、需求、关系阶段、话术卡片、拜访记录和谈判准备',
    homeTitle: '工作台首页',
    homeSubtitle: '今天需要关注的事',
    newOpportunity: '新建商机',
    opportunity: '商机',
    account: '客户',
    stage: '阶段',
    status: '状态',
    value: '金额',
    probability: '赢率',
    weighted: '加权金额',
    owner: '负责人',
    expectedClose: '预计成交',
    goal: '目标',
    name: '名称',
    companySize: '企业规模',
    unknownSize: '未填',
    save: '保存',
    cancel: '取消',
    delete: '删除',
    edit: '编辑',
    add: '添加',
    advanceTo: '推进到“{{stage}}”',
    markWon: '赢单',
    markLost: '丢单',
    reopen: '重新打开',
    evidenceOf: '“{{stage}}”的评判标准',
    currentEvidence: '当前阶段证据',
    nextEvidence: '进入下一阶段需要',
    history: '阶段历史',
    enteredOn: '{{date}} 进入',
    lapsed: '证据已不满足',
    noOpportunities: '还没有商机。点“新建商机”开始。',
    open: '进行中',
    totalWeighted: '加权管道',
    openDeals: '进行中商机',
    openValue: '商机总额',
    evenness: '均匀度',
    stakeholders: '关键人',
    newStakeholder: '添加关键人',
    department: '部门',
    customDepartment: '部门名称',
    title: '职务',
    decisionWeight: '决策权重',
    relationship: '关系阶段',
    advanceRelationship: '升到“{{stage}}”',
    reachedOn: '{{date}} 达到',
    needs: '部门需求（勾选）',
    ownWords: '原话（显性需求）',
    ownWordsHint: '每行一条，记录对方原话',
    implicitNeeds: '隐性需求',
    implicitHint: '只记在这里，不要当面说出',
    contact: '联系方式（仅存本机）',
    mobile: '手机',
    phone: '电话',
    email: '邮箱',
    wechat: '微信',
    notes: '备注',
    talkCard: '话术卡片',
    print: '打印',
    noStakeholders: '这个客户还没有关键人。',
    pickAccount: '选择客户',
    activities: '拜访记录',
    newActivity: '记录拜访',
    kind: '类型',
    date: '日期',
    purpose: '目的',
    outcome: '结果',
    nextStep: '下一步行动',
    dueOn: '到期日',
    done: '完成',
    markDone: '标记完成',
    person: '对象',
    nobody: '（未指定）',
    noActivities: '还没有拜访记录。',
    activityKinds: { visit: '拜访', call: '电话', meeting: '会议', tasting: '试吃', training: '培训', other: '其他' },
    negotiations: '谈判准备',
    newNegotiation: '新建谈判准备单',
    round: '第 {{round}} 轮',
    meetingOn: '会谈日期',
    exportDocx: '导出 Word',
    exported: '已导出 {{file}}',
    issues: '检查结果',
    noIssues: '没有发现问题',
    dueToday: '今天与逾期',
    nextSteps: '待办的下一步',
    noNextSteps: '没有到期的下一步行动。',
    lapses: '证据已不满足的商机',
    pipelineByOwner: '按负责人',
    pipelineByFormat: '按业态',
    pipelineByRegion: '按区域',
    winRates: '赢率：实际与默认',
    saved: '已保存',
    deleted: '已删除',
    confirmDelete: '删除“{{name}}”？此操作不能撤销。',
    required: '请填写{{field}}',
    proposalsNotReady: '尚未就绪的进场方案',
    reassemble: '按需求重新生成',
    moreSteps: '还有 {{count}} 项，见各客户的拜访记录',
    funnelSettings: '漏斗设置',
    funnelSettingsHint: '各阶段的赢率、负责人、评判标准和规则。默认值来自培训教材；可以添加本工作区自己的标准，每次修改都会记录。',
    seedDefault: '默认 {{value}}%',
    settingsHistory: '修改记录',
    seedDefaults: '恢复默认',
    probabilityRange: '“{{stage}}”的赢率须在 0 到 100 之间',
    owners: '负责人',
    criteria: '评判标准',
    seedCriterion: '教材',
    workspaceCriterion: '本工作区',
    addCriterion: '添加标准',
    newCriterionPlaceholder: '新标准，例如“已提交样品”',
    removeCriterion: '删除标准',
    rule: '规则',
    ruleAtLeast: '至少满足几条',
    ruleAllOf: '须满足所选各条',
    ruleCount: '条',
    byCompanySize: '按企业规模区分',
    resetToSeed: '全部恢复教材默认值',
    confirmReset: '把赢率、负责人、标准和规则全部恢复为教材默认值？本工作区添加的标准将被删除（修改记录保留）。',
    criterionLabelMissing: '“{{stage}}”有一条标准没有名称',
    ruleNeedsCriterion: '“{{stage}}”的规则须至少选一条标准',
    settingsChange: {
      reset_to_seed: '全部恢复为教材默认值',
      probability: '{{stage}} 赢率 {{from}} → {{to}}',
      owners: '{{stage}} 负责人：{{owners}}',
      criterion_added: '{{stage}} 添加标准“{{label}}”',
      criterion_renamed: '{{stage}} 标准“{{from}}”改名为“{{to}}”',
      criterion_removed: '{{stage}} 删除标准“{{label}}”',
      rule: '{{stage}} 规则：{{rule}}'
    },
    noOwners: '未指定',
    address: '地址',
    exportStakeholders: '导出关键人',
    exportScope: '范围',
    exportThisAccount: '本客户',
    exportAllAccounts: '全部客户',
    includeContactDetails: '包含联系方式',
    includeContactHint: '联系方式是个人信息，只存在本机；不勾选时导出文件里没有这些列。',
    exportDone: '已导出 {{count}} 位关键人',
    export: '导出',
    printWithContact: '打印时包含联系方式',
    talkSources: '数据来源',
    talkFromProposal: '方案“{{name}}”（{{year}} 年）',
    talkFromTermSheet: '{{year}} 年条款表（我方报价）',
    talkNoFigures: '还没有方案或条款表，数字待补充。',
    talkFigureSource: {
      proposal_terms: '方案的条款与结算',
      proposal_skus: '方案的单品',
      proposal_promotions: '方案的促销计划',
      proposal_sell_through: '方案的动销上量计划',
      term_sheet: '条款表'
    },
    talkFigureNames: {
      marginAmountFen: '毛利额',
      marginRatePpm: '毛利率',
      paymentDays: '账期',
      skuCount: 'SKU 数',
      keySkuCount: '重点 SKU 数',
      expectedSellThroughPpm: '动销率',
      promotionRoiPpm: '促销 ROI',
      promotionEvents: '促销场次',
      otherIncomeFen: '营业外收入',
      expectedAnnualSalesFen: '预计年销售额',
      commissionPerUnitFen: '挂金',
      trainingSessions: '培训场次'
    },
    termsWarnings: '条款预警',
    termsWarningsCount: '{{count}} 条，涉及 {{accounts}} 个客户',
    noTermsWarnings: '各客户当前条款表的我方报价没有预警。',
    moreTermsWarnings: '另有 {{count}} 条未列出，请到条款页查看',
    termsWarningSheet: '{{year}} 年条款',
    proposal: '关联进场方案',
    noProposal: '（未关联）',
    allProposalsReady: '所有进场方案都已就绪。',
    blockers: '{{count}} 项待解决',
    warnings: '{{count}} 项提醒',
    protectionConflicts: '区域保护冲突',
    conflictWith: '与 {{account}} 的独家条款重叠（{{from}} 至 {{to}}）'
  },
  errors: {
    accountNotFound: '找不到客户（编号 {{id}}），可能已被删除',
    stakeholderNotFound: '找不到关键人（编号 {{id}}），可能已被删除',
    opportunityNotFound: '找不到商机（编号 {{id}}），可能已被删除',
    activityNotFound: '找不到这条拜访记录（编号 {{id}}），可能已被删除',
    negotiationNotFound: '找不到这份谈判准备单（编号 {{id}}），可能已被删除',
    notOfAccount: '编号 {{id}} 不属于这个客户',
    customDepartmentLabelMissing: '部门选了“其他部门”，请填写部门名称',
    relationshipAtTop: '关系已到“合作”，不能再往上',
    invalidDate: '日期“{{date}}”不是有效日期',
    unknownCriterion: '“{{criterion}}”不是这个阶段的评判标准',
    nextStepWithoutDate: '写了下一步行动，请填写到期日',
    funnelSettingsInvalid: '“{{stage}}”阶段的设置无效：概率须在 0%–100% 之间，规则只能引用该阶段的评判标准',
    advance: {
      not_open: '商机已关闭（成交或丢单），不能再推进',
      at_last_stage: '商机已在最后阶段',
      evidence_not_met: '还不能进入“{{stage}}”：证据还差 {{missing}} 条',
      invalid_date: '推进日期无效'
    }
  }
}

export const enUSPipeline: typeof zhCNPipeline = {
  departments: {
    general_manager: 'General manager',
    purchasing: 'Purchasing',
    operations: 'Store operations',
    store_manager: 'Store manager',
    pharmacist: 'In-store pharmacist',
    clerk: 'Sales clerk',
    promoter: 'Promoter',
    custom: 'Other department'
  },
  decisionWeights: { decision: 'Decides', influence: 'Influences', user: 'Uses' },
  needKindGroups: { explicit: 'Explicit needs', implicit: 'Implicit needs' },
  needKinds: {
    function: 'Functional need',
    system: 'System need',
    user: 'User need',
    operations: 'Operational need',
    career: 'Career need',
    business: 'Business need',
    management: 'Management need'
  },
  needKindHints: {
    function: 'What the product must do for them to get the job done',
    system: 'An overall requirement spanning several parts of the business',
    user: 'A task the people using it must be able to do',
    operations: 'A requirement from day-to-day operations',
    career: 'Tied to their career and standing: job security, respect, self-fulfilment, promotion',
    business: 'A hidden problem in their business: revenue growth, efficiency, lower cost',
    management: 'Goals of the organisation or its top: strategy, growth, change, competition'
  },
  needs: {
    general_manager: {
      gross_margin: 'Overall profitability: gross margin amount and rate',
      cash_flow: 'Use of funds: cash flow, payments to key suppliers',
      sales_per_area_staff: 'Sales per m² and per employee: output of the main categories',
      partner_sell_through: 'Sell-through of strategic partners',
      promotion_effect: 'Promotion effect',
      store_expansion: 'Store expansion and overall planning',
      staff_selling_skills: 'Better selling skills of the staff'
    },
    purchasing: {
      sku_structure: 'SKU structure: adjusting and completing categories, items and sizes',
      margin: 'Margin rate and margin amount of the items',
      new_item_sell_through: 'Sell-through and stock of new items, above all key items',
      supplier_partnership: 'Supplier cooperation and strategic partnership plans (sell-through first)',
      other_income: 'Other income (fees)',
      settlement: 'Settlement terms',
      display: 'Presentation: display and shelf appeal'
    },
    operations: {
      sell_through: 'Sell-through: rate and cycle',
      sales_per_area_staff: 'Sales per m² and headcount',
      sell_through_campaigns: 'Sell-through campaigns and their results',
      staff_selling_skills: 'Better selling skills of the staff',
      training: 'Training',
      margin_contribution: 'Margin contribution of the products',
      traffic_ticket_conversion: 'Traffic, average ticket, conversion',
      membership: 'Membership management'
    },
    store_manager: {
      store_profitability: 'Store profitability: sales and sell-through of high-margin items',
      associated_selling: 'Staff skill at associated selling',
      traffic_ticket_conversion: 'Traffic, transactions, conversion, daily sales',
      outdoor_promotion: 'Promotions outside the store',
      career_plan: 'Personal career plan'
    },
    pharmacist: { associated_selling: 'Associated selling', efficacy: 'Product efficacy' },
    clerk: { commission_income: 'Income (commission)', skill_growth: 'Personal growth', respect: 'Respect', store_promotions: 'In-store promotions' },
    promoter: { commission: 'Commission', store_promotions: 'In-store promotions', product_knowledge: 'Product knowledge' }
  },
  relationshipStages: {
    acquainted: 'Acquainted',
    familiar: 'Familiar',
    approving: 'Approving',
    trusting: 'Trusting',
    friends: 'Friends',
    partners: 'Partners'
  },
  relationshipGuidance: {
    first_visit: 'First visit: first impressions count. Ask open questions to gather information, and listen.',
    no_argument: 'Do not argue with how the customer sees things; seek common ground.',
    solve_problems: 'Help solve problems in their project; win them with expertise and business sense (product and company).',
    sincerity: 'Less calculation, more sincerity.',
    friendship: 'Friendship is priceless.',
    joint_work: 'Get a piece of work done together, so both sides win.'
  },
  relationshipIssues: {
    date_missing: 'No date yet for "{{stage}}"',
    date_invalid: 'The date {{date}} for "{{stage}}" is not a valid date',
    date_in_future: 'The date {{date}} for "{{stage}}" is after today',
    date_before_previous: 'The date {{date}} for "{{stage}}" is before {{previousDate}} of the previous stage "{{previousStage}}"',
    date_beyond_stage: '"{{stage}}" has not been reached but has the date {{date}}',
    already_top: 'The relationship is already at "Partners"',
    invalid_date: 'Invalid date'
  },
  figures: {
    marginAmountFen: 'Margin amount',
    marginRatePpm: 'Margin rate',
    paymentDays: 'Payment days',
    skuCount: 'SKUs',
    keySkuCount: 'Key SKUs',
    expectedSellThroughPpm: 'Expected sell-through',
    promotionRoiPpm: 'Promotion ROI',
    promotionEvents: 'Promotion events',
    otherIncomeFen: 'Other income',
    expectedAnnualSalesFen: 'Expected annual sales',
    commissionPerUnitFen: 'Commission per unit',
    trainingSessions: 'Training sessions'
  },
  talk: {
    figureMissing: '(to be added)',
    opening: {
      general_manager: 'Good day, {{name}}. I would like to present our proposal from the angle of overall profit and use of funds.',
      purchasing: 'Good day, {{name}}. This proposal is about category structure, margin and settlement; let us go through them one by one.',
      operations: 'Good day, {{name}}. I would like to talk about sell-through in the stores and the support we give operations.',
      store_manager: 'Good day, {{name}}. I would like to discuss how we can lift your store sales and the sell-through of high-margin items.',
      pharmacist: 'Good day, {{name}}. Let me introduce the efficacy of our products and suggestions for associated recommendations.',
      clerk: 'Good day, {{name}}. We have prepared commission and promotions and would like your views.',
      promoter: 'Good day, {{name}}. Here are the commission, the events and the product training.',
      custom: 'Good day, {{name}} ({{department}}). I would like to talk through our proposal with you.'
    },
    need: {
      general_manager: {
        gross_margin: 'Profit: the proposal is expected to bring you a margin of {{marginAmountFen}} at {{marginRatePpm}}.',
        cash_flow: 'Funds: {{paymentDays}} payment days, without tying up your cash.',
        sales_per_area_staff: 'Sales per m² and per employee: expected annual sales of {{expectedAnnualSalesFen}} from the main categories.',
        partner_sell_through: 'Sell-through: as a strategic partner, an expected sell-through of {{expectedSellThroughPpm}}.',
        promotion_effect: 'Promotions: an expected ROI of {{promotionRoiPpm}}.',
        store_expansion: 'Expansion: for new stores we supply stock, displays and promotions from day one.',
        staff_selling_skills: 'Staff: {{trainingSessions}} selling-skills trainings a year.'
      },
      purchasing: {
        sku_structure: 'SKU structure: {{skuCount}} SKUs, of which {{keySkuCount}} key SKUs, filling gaps in the category.',
        margin: 'Margin: {{marginRatePpm}}, or {{marginAmountFen}}.',
        new_item_sell_through: 'New items: an expected sell-through of {{expectedSellThroughPpm}}; we manage the stock, no overstocking.',
        supplier_partnership: 'Cooperation: {{promotionEvents}} joint events a year, focused on sell-through.',
        other_income: 'Other income: fees of {{otherIncomeFen}} a year in total.',
        settlement: 'Settlement: {{paymentDays}} payment days, following your process.',
        display: 'Presentation: we maintain the displays and keep the shelves looking good.'
      },
      operations: {
        sell_through: 'Sell-through: an expected {{expectedSellThroughPpm}}, with a shorter cycle.',
        sales_per_area_staff: 'Sales per m² and headcount: expected annual sales of {{expectedAnnualSalesFen}}.',
        sell_through_campaigns: 'Campaigns: {{promotionEvents}} a year at an expected ROI of {{promotionRoiPpm}}, reviewed monthly.',
        staff_selling_skills: 'Selling skills: {{trainingSessions}} trainings a year.',
        training: 'Training: {{trainingSessions}} sessions a year on product knowledge and associated selling.',
        margin_contribution: 'Margin contribution: a margin rate of {{marginRatePpm}}.',
        traffic_ticket_conversion: 'Traffic, ticket and conversion: events and linked displays bring shoppers in and add to the basket.',
        membership: 'Membership: we support member days and member-only prices.'
      },
      store_manager: {
        store_profitability: 'Store profit: high-margin items at {{marginRatePpm}}, with an expected sell-through of {{expectedSellThroughPpm}}.',
        associated_selling: 'Associated selling: {{trainingSessions}} trainings for your staff.',
        traffic_ticket_conversion: 'Traffic, transactions and conversion: events that lift daily sales.',
        outdoor_promotion: 'Outdoor promotions: {{promotionEvents}} a year, staffed and supplied by us.',
        career_plan: 'Your growth: better store results are your results too.'
      },
      pharmacist: {
        associated_selling: 'Associated selling: combined-medication suggestions that make recommending easy.',
        efficacy: 'Efficacy: clinical material and product guides, so you can recommend with confidence.'
      },
      clerk: {
        commission_income: 'Income: {{commissionPerUnitFen}} commission for every unit sold.',
        skill_growth: 'Growth: {{trainingSessions}} trainings a year.',
        respect: 'We value the front-line view: your suggestions come first for displays and events.',
        store_promotions: 'Events: {{promotionEvents}} in-store promotions a year to lift your sales.'
      },
      promoter: {
        commission: 'Commission: {{commissionPerUnitFen}} a unit.',
        store_promotions: 'Events: {{promotionEvents}} a year.',
        product_knowledge: 'Product knowledge: {{trainingSessions}} trainings a year.'
      }
    },
    own_words: 'You said: "{{text}}". Our proposal answers it this way:',
    implicit: {
      career: '(Career) This partnership also shows your achievement: {{note}}',
      business: '(Business) {{note}}',
      management: '(Management) {{note}}'
    },
    closing: 'To sum up, this proposal solves the points above for you. Is that right?'
  },
  funnel: {
    stages: {
      target: 'Target',
      intention: 'Intention',
      project: 'Project',
      acceptance: 'Acceptance',
      negotiation: 'Negotiation',
      deal: 'Deal closed',
      repeat_purchase: 'Repeat purchase'
    },
    stageGoals: {
      target: 'Find and qualify target customers',
      intention: 'Guide and confirm the customer’s intention',
      project: 'Influence and follow the customer’s project approval',
      acceptance: 'Win the customer’s first approval',
      negotiation: 'Negotiate the contract',
      deal: 'Close the sale',
      repeat_purchase: 'Keep the business and win reorders'
    },
    owners: {
      ka_manager: 'Key account manager',
      project_manager: 'Project manager',
      project_team: 'Project team',
      senior_management: 'Senior management',
      finance_manager: 'Finance manager'
    },
    companySize: { small_mid: 'Small or mid-sized company', large: 'Large company or government' },
    criteria: {
      target: {
        materials_allowed: 'Allows us to send materials or email',
        first_contact: 'First contact made',
        visit_scheduled: 'Formal visit provisionally scheduled'
      },
      intention: {
        formal_visit: 'Formally visited at least once',
        evaluating: 'Evaluating or selecting suppliers',
        clear_need: 'Has a clear need',
        senior_sponsor: 'Has a named middle or senior project owner'
      },
      project: {
        team_and_decision_process: 'Clear project team and decision process',
        launch_timeline: 'Clear launch (listing) timeline',
        budget_range: 'Clear budget range',
        core_need: 'Clear core need',
        competitor: 'Competitors involved'
      },
      acceptance: {
        tender_won: 'Tender won',
        payer_public_first_choice: 'The paying decision-maker has publicly named our product first choice',
        decision_makers_approve: 'The weightiest decision-maker, or a majority of them, approves us'
      },
      negotiation: {
        their_contract_received: 'The customer has sent us their standard contract',
        our_contract_sent: 'We have sent the customer our standard contract',
        deadline_negotiation: 'Contract talks with a clear deadline are under way',
        price_objection: 'The customer has objected to the price',
        delivery_and_payment_terms: 'Delivery effort and payment split are being discussed'
      },
      deal: { contract_signed: 'Contract signed by both sides', first_payment: 'The customer has paid the first instalment' },
      repeat_purchase: { reorder_placed: 'The customer has reordered', contract_renewed: 'The contract has been renewed' }
    },
    rules: {
      at_least: 'At least {{count}} of these',
      all_of: 'All of: {{criteria}}',
      by_company_size: 'Small or mid-sized company: {{smallMid}}; large company or government: {{large}}',
      assumedLarge: 'Company size not given: judged by the rule for large companies'
    },
    evaluation: {
      met: 'Evidence met',
      notMet: '{{shortBy}} more needed',
      missing: 'Not yet: {{criteria}}'
    },
    refusals: {
      not_open: 'The opportunity is closed and cannot move on',
      at_last_stage: 'Already at the last stage',
      evidence_not_met: 'The evidence for "{{stage}}" is not met yet',
      invalid_date: 'Invalid date'
    },
    lapse: 'The evidence for "{{stage}}" no longer holds: please re-qualify the stage',
    status: { open: 'Open', won: 'Won', lost: 'Lost' },
    historyIssues: {
      empty: 'No stage history',
      not_current_stage: 'The last stage in the history is "{{stage}}", not the current stage "{{current}}"',
      date_invalid: 'The date {{date}} for entering "{{stage}}" is not a valid date',
      date_in_future: 'The date {{date}} for entering "{{stage}}" is after today',
      dates_out_of_order: 'The date {{date}} for entering "{{stage}}" is before {{previousDate}} of the previous stage "{{previousStage}}"',
      closed_without_date: 'The opportunity is closed but has no close date',
      closed_before_last_stage: 'The close date {{closedOn}} is before {{date}}, when it entered "{{stage}}"'
    },
    configIssues: {
      probability_out_of_range: 'The win probability of "{{stage}}" must be between 0% and 100%; the default is kept',
      probability_not_rising: 'The win probability of "{{stage}}" is not above that of "{{previousStage}}"',
      rule_unknown_criterion: 'The rule of "{{stage}}" refers to an unknown criterion "{{criterion}}"',
      rule_count_out_of_range: 'The rule of "{{stage}}" asks for {{count}} criteria but the stage has {{criteria}}',
      duplicate_criterion: '"{{stage}}" already has the criterion "{{criterion}}"'
    }
  },
  pipeline: {
    weighted: 'Weighted value',
    value: 'Opportunity value',
    count: 'Opportunities',
    groupBy: { owner: 'Owner', format: 'Format', region: 'Region' },
    ungrouped: 'Not set'
  },
  health: {
    measures: {
      volume: 'Volume',
      conversion: 'Conversion (slope)',
      distribution: 'Distribution (evenness)',
      velocity: 'Velocity (sales cycle)'
    },
    volumeHint: 'Open opportunities and their value in each stage',
    conversionHint: 'Of the opportunities that reached a stage, the share that reached the next',
    distributionHint: 'Evenness 100% means every stage holds as many opportunities; 0% means all are in one stage',
    velocityHint: 'Days spent in each stage (median / mean); open opportunities count up to today',
    emptyStages: 'Empty stages: {{stages}}',
    medianDays: 'median {{days}} days',
    meanDays: 'mean {{days}} days',
    observedWinRate: 'Observed win rate',
    defaultWinRate: 'Default win probability',
    reasons: {
      no_deals_reached_stage: 'No opportunity has reached this stage yet',
      too_few_closed: 'Fewer than {{required}} closed opportunities ({{closed}} so far): no observed win rate yet',
      no_completed_spells: 'No time in stage to measure',
      no_open_deals: 'No open opportunities'
    }
  },
  export: {
    sheetName: 'Stakeholders',
    fileBaseName: 'Stakeholders',
    allAccounts: 'all accounts',
    account: 'Account',
    name: 'Name',
    department: 'Department',
    title: 'Title',
    decisionWeight: 'Decision weight',
    relationship: 'Relationship',
    reachedOn: 'Reached on',
    needs: "Needs (the guide's list)",
    ownWords: 'Needs (own words)'
  },
  negotiation: {
    ourTactics: {
      avoid_strength_hit_weakness: { name: 'Sidestep strength, press on weakness', gist: 'Avoid their hard points; open where they care and we are strong.' },
      retreat_to_advance: { name: 'Step back to move forward', gist: 'Yield a minor term first to win a concession on a key one.' },
      avoid_argument: { name: 'Avoid arguments', gist: 'Address the issue, not the person; do not argue with the buyer, bring differences back to objective criteria.' },
      good_cop_bad_cop: { name: 'Good cop, bad cop', gist: 'Two of us: one holds the line, one eases the mood, leaving room to concede.' },
      take_the_initiative: { name: 'Take the initiative', gist: 'Table our proposal and agenda first, so the talks run on our terms.' },
      deadline: { name: 'Deadline', gist: 'Give the offer an expiry (a slot, a promotion season) to prompt a decision.' },
      trade_conditions: { name: 'Trade conditions', gist: 'Every concession buys something back; never give one-sidedly.' },
      cut_less_give_more: { name: 'Cut less, give more', gist: 'Cut the price less and give more free goods: they cost us only unit cost and keep the price level.' },
      market_strategy: { name: 'Market strategy', gist: 'Argue with market results and how competitors do at other retailers, to strengthen our hand.' }
    },
    buyerTactics: {
      rounds_of_price_cuts: { name: 'Round after round of price cuts', gist: 'The buyer squeezes again each round: have a tradeable term ready for each.' },
      know_both_sides: { name: 'Knows both sides', gist: 'The buyer knows us and our competitors well and uses competitors to push the price down.' },
      multi_level_game: { name: 'Multi-level game', gist: 'Buyer, manager, director: each level asks for one more concession.' },
      identify_roles: { name: 'Who is who', gist: 'Find out who can decide and who only relays, so we do not concede to the wrong person.' },
      lower_is_better: { name: 'The lower the better', gist: 'The buyer’s rule is lower prices and more fees; they will not stop asking on their own.' }
    },
    principles: {
      issue_not_person: 'The issue, not the person',
      interests_not_positions: 'Focus on underlying interests',
      mutual_gain: 'Find solutions that benefit both sides',
      objective_criteria: 'Use objective criteria'
    },
    prerequisites: {
      key_people_known: 'The people who decide the project are known',
      solution_confirmed: 'The key people have confirmed the solution',
      timeline_confirmed: 'Start and completion dates are confirmed',
      negotiation_format_set: 'The customer has set how it negotiates (shortlisted by tender, or the suppliers to talk to in turn)'
    },
    questionTypes: {
      situation: 'Situation questions',
      diagnostic: 'Diagnostic questions',
      implication: 'Implication questions',
      confirmation: 'Confirmation questions'
    },
    questionTypeHints: {
      situation: 'Gather background; find the problems, complaints and goals behind the customer’s situation',
      diagnostic: 'Explore complaints and dissatisfaction; pin down the problem and widen to shared concerns',
      implication: 'Lead the customer to think through the effects and consequences, and see the gaps themselves',
      confirmation: 'Confirm the benefit of solving it, so the customer states the value themselves'
    },
    questions: {
      situation: {
        '1': 'How do you feel about {{topic}}?',
        '2': 'What do you like about {{topic}}?',
        '3': 'Why did you choose {{topic}}?',
        '4': 'How do you use {{topic}}?'
      },
      diagnostic: {
        '1': 'Do you have any difficulty with {{topic}}?',
        '2': 'Is there anything about {{topic}} you are not satisfied with?',
        '3': 'What problems do you see with {{topic}}?',
        '4': 'Of these issues with {{topic}}, which bothers you most?'
      },
      implication: {
        '1': 'How does the problem with {{topic}} affect you?',
        '2': 'And what serious consequences could that lead to?',
        '3': 'If that is not dealt with in time, what does it mean for your business?',
        '4': 'So, to sum up, the problem with {{topic}} leads to these serious consequences. Is that right?'
      },
      confirmation: {
        '1': 'Would {{topic}} help you?',
        '2': 'What benefit would {{topic}} bring?',
        '3': 'What other benefits would {{topic}} bring?',
        '4': 'So, to sum up, the benefit of solving this is {{topic}}. Is that right?'
      }
    },
    terms: { supply_price: 'Supply price', fixed_fees: 'Fixed fees', percentage_terms: 'Percentage terms', payment_days: 'Payment days' },
    limits: { opening: 'Opening', objective: 'Objective', walkAway: 'Walk-away' },
    sheet: {
      title: 'Negotiation preparation sheet',
      limits: 'Objectives and walk-away limits',
      expectedBuyerTactics: 'Buyer tactics to expect, and our responses',
      ourTactics: 'Our tactics',
      concessions: 'Planned concessions (trade conditions)',
      give: 'We give',
      get: 'We get',
      questionPlan: 'Question plan',
      prerequisites: 'Ready to negotiate',
      heading: '{{account}} · round {{round}}',
      meetingOn: 'Meeting on {{date}}',
      term: 'Term',
      tactic: 'Tactic',
      response: 'Our response',
      ourTactic: 'Tactic',
      note: 'Notes',
      cost: 'Cost (CNY)',
      questionType: 'Type',
      question: 'Question',
      met: 'Met',
      notMet: 'Not yet',
      agreed: 'Outcome',
      days: '{{days}} days',
      noResponse: '(to be decided)',
      fileBaseName: 'negotiation-sheet'
    },
    issues: {
      limit_missing: 'The objective or walk-away for "{{term}}" is not set',
      limit_negative: '"{{term}}" cannot be negative',
      walk_away_beyond_objective: 'The walk-away for "{{term}}" is better than the objective (objective {{objective}}, walk-away {{walkAway}})',
      opening_below_objective: 'The opening for "{{term}}" is worse than the objective: no room to concede',
      no_limits: 'No objectives or walk-away limits set yet',
      buyer_tactic_without_response: 'No planned response to "{{tactic}}"',
      buyer_tactic_repeated: '"{{tactic}}" is listed twice',
      concession_without_get: 'Giving "{{give}}" gets nothing back (trade conditions)',
      concession_negative: 'A concession cannot be negative',
      question_type_missing: 'The question plan has no {{type}}',
      question_template_unknown: 'The question pattern "{{template}}" does not belong to this question type',
      prerequisite_missing: 'Not yet ready to negotiate: {{prerequisite}}'
    }
  },
  activities: {
    urgency: { overdue: 'Overdue', due_today: 'Due today', upcoming: 'Coming up' },
    overdueDays: '{{days}} days overdue',
    dueInDays: 'Due in {{days}} days'
  },
  ui: {
    funnelTitle: 'Sales funnel',
    funnelSubtitle: 'Deals move on evidence: a stage is entered only when its criteria hold',
    relationshipsTitle: 'Stakeholders and visits',
    relationshipsSubtitle: "An account's key people, their needs, the relationship ladder, talk cards, visits and negotiation preparation",
    homeTitle: 'Home',
    homeSubtitle: 'What needs attention today',
    newOpportunity: 'New opportunity',
    opportunity: 'Opportunity',
    account: 'Account',
    stage: 'Stage',
    status: 'Status',
    value: 'Value',
    probability: 'Probability',
    weighted: 'Weighted',
    owner: 'Owner',
    expectedClose: 'Expected close',
    goal: 'Goal',
    name: 'Name',
    companySize: 'Company size',
    unknownSize: 'Not set',
    save: 'Save',
    cancel: 'Cancel',
    delete: 'Delete',
    edit: 'Edit',
    add: 'Add',
    advanceTo: 'Move to "{{stage}}"',
    markWon: 'Won',
    markLost: 'Lost',
    reopen: 'Reopen',
    evidenceOf: 'Evidence for "{{stage}}"',
    currentEvidence: 'Evidence of the current stage',
    nextEvidence: 'Needed for the next stage',
    history: 'Stage history',
    enteredOn: 'entered {{date}}',
    lapsed: 'Evidence no longer holds',
    noOpportunities: 'No opportunities yet. Click "New opportunity" to start.',
    open: 'Open',
    totalWeighted: 'Weighted pipeline',
    openDeals: 'Open deals',
    openValue: 'Open value',
    evenness: 'Evenness',
    stakeholders: 'Stakeholders',
    newStakeholder: 'Add stakeholder',
    department: 'Department',
    customDepartment: 'Department name',
    title: 'Title',
    decisionWeight: 'Decision weight',
    relationship: 'Relationship',
    advanceRelationship: 'Up to "{{stage}}"',
    reachedOn: 'reached {{date}}',
    needs: 'Department needs (tick)',
    ownWords: 'In their own words (explicit needs)',
    ownWordsHint: 'One per line, as they said it',
    implicitNeeds: 'Implicit needs',
    implicitHint: 'Kept here only; never named to the person',
    contact: 'Contact (kept on this computer)',
    mobile: 'Mobile',
    phone: 'Phone',
    email: 'Email',
    wechat: 'WeChat',
    notes: 'Notes',
    talkCard: 'Talk card',
    print: 'Print',
    noStakeholders: 'No stakeholders for this account yet.',
    pickAccount: 'Choose an account',
    activities: 'Visits and calls',
    newActivity: 'Log a visit',
    kind: 'Kind',
    date: 'Date',
    purpose: 'Purpose',
    outcome: 'Outcome',
    nextStep: 'Next step',
    dueOn: 'Due',
    done: 'Done',
    markDone: 'Mark done',
    person: 'With',
    nobody: '(nobody)',
    noActivities: 'No visits logged yet.',
    activityKinds: { visit: 'Visit', call: 'Call', meeting: 'Meeting', tasting: 'Tasting', training: 'Training', other: 'Other' },
    negotiations: 'Negotiation preparation',
    newNegotiation: 'New preparation sheet',
    round: 'Round {{round}}',
    meetingOn: 'Meeting on',
    exportDocx: 'Export Word',
    exported: 'Exported {{file}}',
    issues: 'Checks',
    noIssues: 'Nothing to point out',
    dueToday: 'Today and overdue',
    nextSteps: 'Next steps due',
    noNextSteps: 'No next steps due.',
    lapses: 'Deals whose evidence no longer holds',
    pipelineByOwner: 'By owner',
    pipelineByFormat: 'By format',
    pipelineByRegion: 'By region',
    winRates: 'Win rates: observed and default',
    saved: 'Saved',
    deleted: 'Deleted',
    confirmDelete: 'Delete "{{name}}"? This cannot be undone.',
    required: 'Enter the {{field}}',
    proposalsNotReady: 'Proposals not ready to go out',
    reassemble: 'Reassemble from needs',
    moreSteps: '{{count}} more, in each account\'s visits',
    funnelSettings: 'Funnel settings',
    funnelSettingsHint: "Each stage's win probability, owners, evidence criteria and rule. The defaults come from the training guide; you can add this workspace's own criteria, and every change is recorded.",
    seedDefault: 'default {{value}}%',
    settingsHistory: 'Changes',
    seedDefaults: 'back to the defaults',
    probabilityRange: 'The probability of "{{stage}}" must be between 0 and 100',
    owners: 'Owners',
    criteria: 'Evidence criteria',
    seedCriterion: 'guide',
    workspaceCriterion: 'this workspace',
    addCriterion: 'Add criterion',
    newCriterionPlaceholder: 'New criterion, e.g. "samples submitted"',
    removeCriterion: 'Remove criterion',
    rule: 'Rule',
    ruleAtLeast: 'At least this many',
    ruleAllOf: 'All of the ticked ones',
    ruleCount: 'criteria',
    byCompanySize: 'By company size',
    resetToSeed: 'Reset everything to the guide',
    confirmReset: "Reset probabilities, owners, criteria and rules to the guide's defaults? The criteria added in this workspace are removed (the change history stays).",
    criterionLabelMissing: 'A criterion of "{{stage}}" has no name',
    ruleNeedsCriterion: 'The rule of "{{stage}}" must name at least one criterion',
    settingsChange: {
      reset_to_seed: "Everything reset to the guide's defaults",
      probability: '{{stage}} probability {{from}} → {{to}}',
      owners: '{{stage}} owners: {{owners}}',
      criterion_added: '{{stage}}: criterion "{{label}}" added',
      criterion_renamed: '{{stage}}: criterion "{{from}}" renamed "{{to}}"',
      criterion_removed: '{{stage}}: criterion "{{label}}" removed',
      rule: '{{stage}} rule: {{rule}}'
    },
    noOwners: 'none',
    address: 'Address',
    exportStakeholders: 'Export stakeholders',
    exportScope: 'Scope',
    exportThisAccount: 'This account',
    exportAllAccounts: 'All accounts',
    includeContactDetails: 'Include contact details',
    includeContactHint: 'Contact details are personal data kept on this computer; unticked, the file has no contact columns.',
    exportDone: '{{count}} stakeholders exported',
    export: 'Export',
    printWithContact: 'Print with contact details',
    talkSources: 'Sources',
    talkFromProposal: 'proposal "{{name}}" ({{year}})',
    talkFromTermSheet: '{{year}} term sheet (our offer)',
    talkNoFigures: 'No proposal or term sheet yet: figures to be added.',
    talkFigureSource: {
      proposal_terms: "the proposal's terms and settlement",
      proposal_skus: "the proposal's SKUs",
      proposal_promotions: "the proposal's promotion plan",
      proposal_sell_through: "the proposal's sell-through plan",
      term_sheet: 'the term sheet'
    },
    talkFigureNames: {
      marginAmountFen: 'margin',
      marginRatePpm: 'margin rate',
      paymentDays: 'payment days',
      skuCount: 'SKUs',
      keySkuCount: 'key SKUs',
      expectedSellThroughPpm: 'sell-through',
      promotionRoiPpm: 'promotion ROI',
      promotionEvents: 'promotion events',
      otherIncomeFen: 'other income',
      expectedAnnualSalesFen: 'expected annual sales',
      commissionPerUnitFen: 'commission',
      trainingSessions: 'training sessions'
    },
    termsWarnings: 'Terms warnings',
    termsWarningsCount: '{{count}} on {{accounts}} accounts',
    noTermsWarnings: "No warnings on our offer in the accounts' current term sheets.",
    moreTermsWarnings: '{{count}} more not listed: see the term sheets',
    termsWarningSheet: '{{year}} terms',
    proposal: 'Proposal',
    noProposal: '(none)',
    allProposalsReady: 'Every proposal is ready.',
    blockers: '{{count}} to resolve',
    warnings: '{{count}} to check',
    protectionConflicts: 'Regional protection conflicts',
    conflictWith: 'overlaps an exclusive clause of {{account}} ({{from}} to {{to}})'
  },
  errors: {
    accountNotFound: 'Account {{id}} was not found; it may have been deleted',
    stakeholderNotFound: 'Stakeholder {{id}} was not found; it may have been deleted',
    opportunityNotFound: 'Opportunity {{id}} was not found; it may have been deleted',
    activityNotFound: 'Activity {{id}} was not found; it may have been deleted',
    negotiationNotFound: 'Preparation sheet {{id}} was not found; it may have been deleted',
    notOfAccount: 'Record {{id}} does not belong to this account',
    customDepartmentLabelMissing: 'The department is "Other": enter its name',
    relationshipAtTop: 'The relationship is already at "Partners", the top rung',
    invalidDate: '"{{date}}" is not a valid date',
    unknownCriterion: '"{{criterion}}" is not an evidence criterion of this stage',
    nextStepWithoutDate: 'A next step needs a due date',
    funnelSettingsInvalid: 'The settings of stage "{{stage}}" are invalid: a probability must be 0%–100% and a rule may only name that stage\'s criteria',
    advance: {
      not_open: 'The opportunity is closed (won or lost) and cannot move on',
      at_last_stage: 'The opportunity is already at the last stage',
      evidence_not_met: 'Cannot move to "{{stage}}" yet: {{missing}} more piece(s) of evidence needed',
      invalid_date: 'The date of the move is not valid'
    }
  }
}
