// Example projects a team can start from instead of a blank canvas.
// Pure data: each template seeds the business problems and the ten canvas blocks.

import type { CanvasBlockKey } from "../canvas/blocks";

export type TemplateProblem = {
  title: string;
  description: string;
  businessMetric: string;
  stakeholder: string;
  /** 1 = highest priority. */
  priority: 1 | 2 | 3 | 4 | 5;
};

export type ProjectTemplate = {
  key: "sales-forecasting" | "handwriting-recognition";
  name: string;
  summary: string;
  description: string;
  problems: TemplateProblem[];
  canvas: Record<CanvasBlockKey, string>;
};

const SALES_FORECASTING: ProjectTemplate = {
  key: "sales-forecasting",
  name: "Sales forecasting for a retailer",
  summary:
    "Improve the weekly store-level demand forecast of a grocery chain to cut fresh-food waste and empty shelves. Structured data, existing system being improved.",
  description:
    "A regional grocery chain with 85 stores orders fresh and ambient products every week from a forecast built on a four-week moving average, which store managers then adjust by hand. " +
    "The forecast misses promotions, holidays and weather, so stores throw away too much fresh food and still run out of promoted items. " +
    "This project replaces the moving average with a learned forecast per store, product family and week, and keeps the existing ordering process around it.",
  problems: [
    {
      title: "Too much fresh food is thrown away",
      description:
        "Bakery, dairy and produce are ordered against a forecast that ignores promotions and weather, so quiet weeks leave shelves overstocked. " +
        "Unsold items past their date are written off, which hurts margin and the chain's sustainability commitments.",
      businessMetric: "Stock waste (% of perishable stock discarded)",
      stakeholder: "Head of Fresh Categories",
      priority: 1,
    },
    {
      title: "Promoted items run out before the weekend",
      description:
        "During promotions, demand often doubles, but orders only rise by the amount a store manager guesses. " +
        "Empty shelves on Saturdays mean lost sales and complaints, and customers switch to competitors for the rest of their basket.",
      businessMetric: "On-shelf availability (% of store-item-days in stock) and estimated lost sales (€ per week)",
      stakeholder: "Supply Chain Director",
      priority: 2,
    },
    {
      title: "Too much cash sits in slow-moving stock",
      description:
        "To protect availability, buyers pad orders for ambient products, so warehouses and back rooms hold more stock than needed. " +
        "Finance wants inventory levels brought down without hurting availability.",
      businessMetric: "Days of inventory on hand (ambient categories)",
      stakeholder: "Chief Financial Officer",
      priority: 3,
    },
  ],
  canvas: {
    value_proposition:
      "For **store managers and central replenishment planners** who must order fresh and promoted products every week, our **demand forecast** is a **weekly sales prediction service** that tells them how much each store will sell, so they can order enough without over-ordering.\n\n" +
      "Target outcome: perishable waste down from 6.5 % to below 4.5 % of stock, with on-shelf availability kept above 97 %.",
    data_sources:
      "- **Point-of-sale transactions**: 3 years of daily sales per store and item (internal, data warehouse).\n" +
      "- **Promotion calendar and prices** from the marketing planning tool (internal; history is incomplete before 2022).\n" +
      "- **Store attributes**: size, region, opening hours, local events (internal master data).\n" +
      "- **Weather forecasts** from a paid API (external, about €400 per month).\n" +
      "- Hidden costs: cleaning the promotion history by hand, and agreeing with IT on a daily export instead of the current weekly one.",
    prediction_task:
      "**Forecasting / regression.** For every store × product family × week, predict units sold for each of the next 1 to 3 weeks " +
      "(inputs and output in the details below).\n\n" +
      "- Complexity: start with a seasonal naive baseline and the current moving average, then a gradient-boosted tree model across all series; deep models only if the trees plateau.",
    feature_engineering:
      "Worked out with category managers and two store managers:\n\n" +
      "- Lagged sales (1, 2, 4 and 52 weeks) and rolling means; sales corrected for stock-out days so lost demand is not learned as low demand.\n" +
      "- Promotion depth (% discount), promotion type and display placement.\n" +
      "- Calendar flags: public and school holidays, Easter week, pay day week.\n" +
      "- Temperature and rain forecasts, bucketed.\n" +
      "- Categorical encodings for store, region and product family; only features that are known on the day orders are placed.",
    offline_evaluation:
      "- **Primary metric:** MAPE at store × product family × week, target **below 12 %** (current moving average: about 19 %).\n" +
      "- **Bias:** mean forecast error within ±2 % so the model neither systematically over- nor under-orders.\n" +
      "- **Interval coverage:** 80 % intervals should contain the actual value 75–85 % of the time.\n" +
      "- Evaluated with rolling-origin backtests over the last 26 weeks, reported separately for promoted and non-promoted weeks.",
    decisions:
      "The forecast feeds the existing replenishment tool, which converts it into suggested order quantities using current stock and shelf life. " +
      "Store managers review suggestions and can override them, giving a reason; overrides are logged and reviewed monthly.\n\n" +
      "Cost of errors: an over-forecast of fresh items turns into waste (roughly €0.60 per unit), while an under-forecast of a promoted item loses the sale and some customer goodwill (roughly €1.10 per unit), so the order quantity is set slightly above the point forecast for promotions.",
    making_predictions:
      "**Batch.** Forecasts are computed every Sunday night for all stores and delivered to the replenishment tool by 05:00 on Monday, before orders close at 10:00.\n\n" +
      "About 85 stores × 1,200 product families ≈ 100,000 series per run; the whole job must finish within 2 hours on the existing cloud data platform. " +
      "No online latency requirement.",
    collecting_data:
      "Sales arrive automatically from the tills every night, so new ground truth is available one week after each forecast. " +
      "Stock-out days and waste write-offs are recorded by stores; the project adds a check that both are filled in, since they are needed to correct the training target. " +
      "Promotion plans must be entered in the planning tool at least 3 weeks ahead.",
    building_models:
      "- Retrain monthly on a rolling 3-year window, and on demand after large assortment changes.\n" +
      "- Pipeline: ingestion → validation (schema, missing days, outliers) → feature build → training → backtest evaluation → packaging → batch scoring.\n" +
      "- A new model goes live only if it beats the current one on the last 8 weeks of backtests; it first runs in shadow for 2 weeks next to the old forecast.\n" +
      "- Experiments, parameters and metrics are tracked per run so any forecast can be traced to the model that made it.",
    monitoring:
      "- **Model:** weekly MAPE and bias per region and category, with an alert if MAPE exceeds 15 % for two weeks in a row.\n" +
      "- **Data:** share of stores with missing sales, shifts in promotion volume, late weather data.\n" +
      "- **Business:** perishable waste %, on-shelf availability, days of inventory, and the share of suggested orders that managers override.\n" +
      "- A quarterly review checks that lower forecast error really goes with lower waste, so the model metric stays a good stand-in for the business metric.",
  },
};

const HANDWRITING_RECOGNITION: ProjectTemplate = {
  key: "handwriting-recognition",
  name: "Handwriting recognition",
  summary:
    "Read handwritten paper claim forms automatically so staff only check what the model is unsure about. Unstructured data, new system.",
  description:
    "An insurer still receives about 12,000 handwritten claim forms per month by post. Every form is scanned and then typed in by hand, which creates a backlog of several days and keying mistakes in policy numbers and amounts. " +
    "This project builds a new system that reads the handwritten fields of the scanned form (policy number, dates, amounts, postal code, name) and sends uncertain fields to a person for checking. " +
    "Because the data is unstructured and the system is new, the main feasibility evidence is how well people do on the same scans.",
  problems: [
    {
      title: "Claims wait too long before anyone looks at them",
      description:
        "Scanned forms queue for manual data entry, and at month end the queue reaches five working days. " +
        "Customers call to ask about their claim, which adds to the call-centre load and lowers satisfaction.",
      businessMetric: "Time from form received to claim registered (median working days)",
      stakeholder: "Head of Claims Operations",
      priority: 1,
    },
    {
      title: "Data-entry costs grow with claim volume",
      description:
        "A team of 14 people types in form fields full time, and seasonal peaks require temporary staff. " +
        "Operations wants to absorb volume growth without hiring more keyers.",
      businessMetric: "Processing cost per form (€)",
      stakeholder: "Chief Operating Officer",
      priority: 2,
    },
    {
      title: "Keying mistakes send payments and letters to the wrong place",
      description:
        "A wrong digit in a policy number or postal code links the claim to the wrong customer or delays the letter. " +
        "Each mistake takes a follow-up call and manual correction to fix.",
      businessMetric: "Claims needing correction after registration (% of claims)",
      stakeholder: "Quality and Compliance Manager",
      priority: 3,
    },
  ],
  canvas: {
    value_proposition:
      "For **claims handlers** who need claim data registered quickly and correctly, our **form reader** is a **handwriting recognition service** that turns scanned claim forms into structured fields and flags only the uncertain ones for review.\n\n" +
      "Target outcome: median time to registration from 3 days to same day, and at least 70 % of forms registered without any manual typing.",
    data_sources:
      "- **Scanned forms**: about 400,000 archived scans (300 dpi) from the document management system (internal).\n" +
      "- **Typed-in values** for those forms from the claims database, usable as labels after alignment to the form fields (internal).\n" +
      "- **Public handwriting datasets** for pre-training digits and Latin characters (external, check each licence for commercial use).\n" +
      "- Hidden costs: the scans contain personal data, so data protection review, pseudonymisation and restricted training environments are needed; some archived labels were corrected later and must be reconciled.",
    prediction_task:
      "**Sequence recognition (OCR) on image crops**, preceded by field **detection** on the page.\n\n" +
      "- Input: a scanned form page; the layout is known for the current form version but older versions differ.\n" +
      "- Output: for each field, the recognised text and a confidence score.\n" +
      "- Complexity: start from an open-source handwriting recognition model and fine-tune it on our forms; digits-only fields (policy number, postal code, amounts) get a constrained alphabet and format checks.",
    feature_engineering:
      "Mostly learned by the model from pixels, but the pre-processing is agreed with the scanning team and claims experts:\n\n" +
      "- Deskewing, binarisation and cropping of each field box using the form template.\n" +
      "- Data augmentation (small rotations, ink thickness, scanner noise) to make up for rare writing styles.\n" +
      "- Post-processing rules from domain experts: policy number checksum, valid postal codes, date ranges, amounts matching the written total.\n" +
      "- Written labeling rules for unclear cases (crossed-out characters, illegible fields) so all labelers mark them the same way.",
    offline_evaluation:
      "- **Character error rate (CER)** on handwritten fields: target **below 3 %**; digits-only fields below 1.5 %.\n" +
      "- **Field accuracy** (whole field exactly right) for policy number and postal code: above 97 % on fields the model accepts.\n" +
      "- **Coverage**: share of fields accepted automatically at the chosen confidence threshold, target 80 %.\n" +
      "- **Human-level performance**: two keyers typing the same 1,000 scans disagree on about 2 % of characters; the model is compared against that.\n" +
      "- Test set: 3,000 recent forms, double-labeled, never used in training.",
    decisions:
      "Fields above the confidence threshold are registered directly; fields below it go to a review screen where a person sees the crop and the suggested text. " +
      "A form with a failed checksum or inconsistent amounts always goes to review.\n\n" +
      "Cost of errors: a wrongly accepted policy number costs about €25 in follow-up work and a delayed payment, while sending a correct field to review costs about €0.15 of staff time, so the threshold favours review for identifier fields.",
    making_predictions:
      "**Near real time, in batches.** Scans arrive from the mail room through the day; a job processes new scans every 15 minutes.\n\n" +
      "- Volume: about 600 forms per working day, peaking at 1,500.\n" +
      "- Latency: under 10 seconds per form, so review tasks appear within the same half hour.\n" +
      "- Runs on-premise on one GPU server, because the scans may not leave the insurer's data centre.",
    collecting_data:
      "Every correction made on the review screen is stored as a new labeled example, with the crop and the final value. " +
      "Each month, 200 accepted forms are sampled and double-checked by a person to measure errors the model was confident about. " +
      "New form versions are labeled before they go into circulation so the model has examples from day one.",
    building_models:
      "- Retrain every quarter, or when a new form version is introduced, using archived labels plus review-screen corrections.\n" +
      "- Pipeline: ingestion → validation (image quality, label format) → labeling and reconciliation → splitting → training → evaluation → packaging → on-premise deployment.\n" +
      "- Launch in **shadow mode** for 4 weeks (model output recorded, people still type everything), then a canary on 10 % of forms before full rollout.\n" +
      "- Code, data snapshot, hyperparameters and results are versioned for each training run.",
    monitoring:
      "- **Model:** CER on the monthly audited sample, share of fields sent to review, confidence distribution per field.\n" +
      "- **Data:** scan quality (blur, skew, resolution), share of unknown form versions.\n" +
      "- **System:** processing time per form, queue length, GPU server health.\n" +
      "- **Business:** median time to registration, cost per form, claims corrected after registration.\n" +
      "- Alert if the review share rises above 30 % for a week, which usually means a new form layout or a scanner problem.",
  },
};

export const PROJECT_TEMPLATES: readonly ProjectTemplate[] = [SALES_FORECASTING, HANDWRITING_RECOGNITION];

export type TemplateKey = ProjectTemplate["key"];

export function getTemplate(key: string): ProjectTemplate | undefined {
  return PROJECT_TEMPLATES.find((template) => template.key === key);
}
