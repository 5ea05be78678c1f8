<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>BayesFormula</name>
    <message>
        <source>p(%1 | x) = %2 · %3 / %4 = &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>p(%1 | x) = %2 · %3 / %4 = &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Is this a %1? p(%1 | x) = %2</source>
        <translation>이 숫자는 %1인가? p(%1 | x) = %2</translation>
    </message>
    <message>
        <source>Is this a digit at all? log p(x) = %1 nats (this model carries no test-set scores to compare with)</source>
        <translation>애초에 숫자가 맞는가? log p(x) = %1 내트 (이 모델에는 비교할 테스트 세트 점수가 없음)</translation>
    </message>
    <message>
        <source>Is this a digit at all? log p(x) = %1 nats, percentile %2 among real test digits</source>
        <translation>애초에 숫자가 맞는가? log p(x) = %1 내트, 실제 테스트 숫자 중 백분위 %2</translation>
    </message>
    <message>
        <source>⚠ Clearly a %1, but an unusual digit: p(%1 | x) &gt; %2, yet p(x) is among the lowest %3% of real test digits.</source>
        <translation>⚠ 분명히 %1이지만 특이한 숫자입니다: p(%1 | x) &gt; %2인데도 p(x)는 실제 테스트 숫자의 하위 %3%에 듭니다.</translation>
    </message>
</context>
<context>
    <name>BitsPerDimRows</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>1 EM iteration</source>
        <translation>EM 반복 1회</translation>
    </message>
    <message>
        <source>%1 EM iterations</source>
        <translation>EM 반복 %1회</translation>
    </message>
    <message>
        <source>trained here</source>
        <translation>여기서 학습</translation>
    </message>
    <message>
        <source>trained here: %1</source>
        <translation>여기서 학습: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>trained on the first %1 training digits; measured on the %2 test digits with u drawn once</source>
        <translation>학습 숫자 중 처음 %1개로 학습, 테스트 숫자 %2개에서 u를 한 번 뽑아 측정</translation>
    </message>
    <message>
        <source>a single hidden layer of H = %1 units, %2 Gaussians per pixel, %3 order; %4</source>
        <translation>은닉층 하나에 은닉 유닛 H = %1개, 픽셀당 가우시안 %2개, %3 순서; %4</translation>
    </message>
    <message>
        <source>no context: every pixel its own mixture of %1 Gaussians; %2</source>
        <translation>문맥 없음: 픽셀마다 각자 가우시안 %1개의 혼합; %2</translation>
    </message>
    <message>
        <source>%1, “%2”, %3</source>
        <translation>%1, “%2”, %3</translation>
    </message>
</context>
<context>
    <name>ClassifierResults</name>
    <message>
        <source>its test accuracy “%1” is not a number between 0 and 1</source>
        <translation>테스트 정확도 “%1”은(는) 0과 1 사이의 수가 아닙니다</translation>
    </message>
    <message>
        <source>Generative: models p(x | y), a NADE given the digit. It can draw digits and judge whether a drawing is a digit at all.</source>
        <translation>생성 모델: 숫자가 주어진 NADE로 p(x | y)를 모델링합니다. 숫자를 그릴 수 있고, 그림이 애초에 숫자인지도 판단할 수 있습니다.</translation>
    </message>
    <message>
        <source>Generative: models p(x | y) as independent pixels given the digit. It too can draw and judge drawings.</source>
        <translation>생성 모델: 숫자가 주어지면 픽셀이 서로 독립이라고 보고 p(x | y)를 모델링합니다. 이 모델도 숫자를 그리고 그림을 판단할 수 있습니다.</translation>
    </message>
    <message>
        <source>Generative: models p(x | y). It can draw digits and judge whether a drawing is a digit at all.</source>
        <translation>생성 모델: p(x | y)를 모델링합니다. 숫자를 그릴 수 있고, 그림이 애초에 숫자인지도 판단할 수 있습니다.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>기록 없음</translation>
    </message>
    <message>
        <source>%1 nats</source>
        <translation>%1 내트</translation>
    </message>
    <message>
        <source>same %1-epoch schedule, both kept epoch %2</source>
        <translation>같은 %1 에포크 학습 일정, 둘 다 %2번째 에포크의 가중치 사용</translation>
    </message>
    <message>
        <source>same %1-epoch schedule</source>
        <translation>같은 %1 에포크 학습 일정</translation>
    </message>
    <message>
        <source>%1: %2; %3: %4</source>
        <translation>%1: %2; %3: %4</translation>
    </message>
    <message>
        <source>Logistic regression</source>
        <translation>로지스틱 회귀</translation>
    </message>
    <message>
        <source>Discriminative: models p(y | x) only. It names a digit but can neither draw one nor tell a digit from a scribble.</source>
        <translation>판별 모델: p(y | x)만 모델링합니다. 어떤 숫자인지는 말하지만, 숫자를 그릴 수도 없고 숫자와 낙서를 구별할 수도 없습니다.</translation>
    </message>
    <message>
        <source>its file is missing from the app</source>
        <translation>앱에 해당 파일이 없습니다</translation>
    </message>
    <message>
        <source>p(x) test NLL: %1 %2 vs %3 %4 (%5)</source>
        <translation>p(x) 테스트 NLL: %1 %2 대 %3 %4 (%5)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>ColorMap</name>
    <message>
        <source>Viridis</source>
        <translation>Viridis</translation>
    </message>
    <message>
        <source>Cividis</source>
        <translation>Cividis</translation>
    </message>
    <message>
        <source>Blue–white–orange</source>
        <translation>파랑–흰색–주황</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>회색</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Open on PAGE: counting, sampling, density or models.</source>
        <translation>PAGE 페이지로 시작합니다: counting, sampling, density, models 중 하나.</translation>
    </message>
    <message>
        <source>Interface language: en or ko.</source>
        <translation>인터페이스 언어: en 또는 ko.</translation>
    </message>
    <message>
        <source>Start in presentation mode (full screen, large type).</source>
        <translation>발표 모드로 시작합니다 (전체 화면, 큰 글씨).</translation>
    </message>
    <message>
        <source>Ignore the settings and session of the last run.</source>
        <translation>지난 실행의 설정과 세션을 무시합니다.</translation>
    </message>
    <message>
        <source>A desktop lab for autoregressive generative models.</source>
        <translation>자기회귀 생성 모델을 위한 데스크톱 실습 도구.</translation>
    </message>
    <message>
        <source>A session file to open.</source>
        <translation>열 세션 파일.</translation>
    </message>
    <message>
        <source>Open the lesson at step N (1-%1).</source>
        <translation>강의를 N단계(1-%1)에서 엽니다.</translation>
    </message>
</context>
<context>
    <name>CountText</name>
    <message>
        <source>%1 … (%2 digits)</source>
        <translation>%1 … (%2자리)</translation>
    </message>
</context>
<context>
    <name>DrawingFile</name>
    <message>
        <source>“%1” is not a regular file.</source>
        <translation>“%1”은(는) 일반 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>“%1”을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>“%1” is too large to be a 28×28 drawing.</source>
        <translation>“%1”은(는) 28×28 그림이라기에는 너무 큽니다.</translation>
    </message>
    <message>
        <source>“%1” is not a PNG image PixelChain can read (%2).</source>
        <translation>“%1”은(는) PixelChain이 읽을 수 있는 PNG 이미지가 아닙니다 (%2).</translation>
    </message>
    <message>
        <source>“%1” is %2×%3 pixels; a drawing must be 28×28.</source>
        <translation>“%1”은(는) %2×%3 픽셀입니다. 그림은 28×28이어야 합니다.</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>“%1”을(를) 저장할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>FactorizationStyle</name>
    <message>
        <source>Full joint</source>
        <translation>전체 결합분포</translation>
    </message>
    <message>
        <source>Independent</source>
        <translation>독립</translation>
    </message>
    <message>
        <source>Chain rule</source>
        <translation>연쇄법칙</translation>
    </message>
    <message>
        <source>Markov</source>
        <translation>마르코프</translation>
    </message>
    <message>
        <source>FVSBN</source>
        <translation>FVSBN</translation>
    </message>
    <message>
        <source>NADE</source>
        <translation>NADE</translation>
    </message>
    <message>
        <source>Markov (order %1)</source>
        <translation>마르코프 (%1차)</translation>
    </message>
    <message>
        <source>NADE (H = %1)</source>
        <translation>NADE (H = %1)</translation>
    </message>
</context>
<context>
    <name>FormulaText</name>
    <message>
        <source>%1: formula and count</source>
        <translation>%1: 식과 개수</translation>
    </message>
    <message>
        <source>p(x) = %1p(x&lt;sub&gt;i&lt;/sub&gt;)  (order 0: nothing is conditioned on)</source>
        <translation>p(x) = %1p(x&lt;sub&gt;i&lt;/sub&gt;)  (0차: 아무것도 조건으로 두지 않음)</translation>
    </message>
    <message>
        <source>p(x&lt;sub&gt;1&lt;/sub&gt;, …, x&lt;sub&gt;n&lt;/sub&gt;): one table over all k&lt;sup&gt;n&lt;/sup&gt; states</source>
        <translation>p(x&lt;sub&gt;1&lt;/sub&gt;, …, x&lt;sub&gt;n&lt;/sub&gt;): k&lt;sup&gt;n&lt;/sup&gt;개 상태 전체에 대한 표 하나</translation>
    </message>
    <message>
        <source>p(x&lt;sub&gt;i&lt;/sub&gt; = s | x&lt;sub&gt;&amp;lt;i&lt;/sub&gt;) = softmax&lt;sub&gt;s&lt;/sub&gt;(α&lt;sub&gt;i&lt;/sub&gt; + ∑&lt;sub&gt;j&amp;lt;i&lt;/sub&gt; A&lt;sub&gt;ij&lt;/sub&gt; e(x&lt;sub&gt;j&lt;/sub&gt;)), with α&lt;sub&gt;i&lt;/sub&gt; of k − 1 logits (state 0 is the reference), e(x&lt;sub&gt;j&lt;/sub&gt;) the k − 1 indicators of x&lt;sub&gt;j&lt;/sub&gt;&apos;s other states and A&lt;sub&gt;ij&lt;/sub&gt; a (k − 1) × (k − 1) matrix</source>
        <translation>p(x&lt;sub&gt;i&lt;/sub&gt; = s | x&lt;sub&gt;&amp;lt;i&lt;/sub&gt;) = softmax&lt;sub&gt;s&lt;/sub&gt;(α&lt;sub&gt;i&lt;/sub&gt; + ∑&lt;sub&gt;j&amp;lt;i&lt;/sub&gt; A&lt;sub&gt;ij&lt;/sub&gt; e(x&lt;sub&gt;j&lt;/sub&gt;)). α&lt;sub&gt;i&lt;/sub&gt;는 로짓 k − 1개(상태 0이 기준), e(x&lt;sub&gt;j&lt;/sub&gt;)는 x&lt;sub&gt;j&lt;/sub&gt;의 나머지 상태를 나타내는 지시 변수 k − 1개, A&lt;sub&gt;ij&lt;/sub&gt;는 (k − 1) × (k − 1) 행렬</translation>
    </message>
    <message>
        <source>h&lt;sub&gt;i&lt;/sub&gt; = σ(W&lt;sub&gt;·,&amp;lt;i&lt;/sub&gt; e(x&lt;sub&gt;&amp;lt;i&lt;/sub&gt;) + c),  p(x&lt;sub&gt;i&lt;/sub&gt; = s | x&lt;sub&gt;&amp;lt;i&lt;/sub&gt;) = softmax&lt;sub&gt;s&lt;/sub&gt;(V&lt;sub&gt;i&lt;/sub&gt; h&lt;sub&gt;i&lt;/sub&gt; + b&lt;sub&gt;i&lt;/sub&gt;), with e(x&lt;sub&gt;j&lt;/sub&gt;) the k − 1 indicators of x&lt;sub&gt;j&lt;/sub&gt;&apos;s states other than 0, V&lt;sub&gt;i&lt;/sub&gt; of k − 1 rows and b&lt;sub&gt;i&lt;/sub&gt; of k − 1 logits</source>
        <translation>h&lt;sub&gt;i&lt;/sub&gt; = σ(W&lt;sub&gt;·,&amp;lt;i&lt;/sub&gt; e(x&lt;sub&gt;&amp;lt;i&lt;/sub&gt;) + c),  p(x&lt;sub&gt;i&lt;/sub&gt; = s | x&lt;sub&gt;&amp;lt;i&lt;/sub&gt;) = softmax&lt;sub&gt;s&lt;/sub&gt;(V&lt;sub&gt;i&lt;/sub&gt; h&lt;sub&gt;i&lt;/sub&gt; + b&lt;sub&gt;i&lt;/sub&gt;). e(x&lt;sub&gt;j&lt;/sub&gt;)는 x&lt;sub&gt;j&lt;/sub&gt;의 0이 아닌 상태를 나타내는 지시 변수 k − 1개, V&lt;sub&gt;i&lt;/sub&gt;는 k − 1행, b&lt;sub&gt;i&lt;/sub&gt;는 로짓 k − 1개</translation>
    </message>
</context>
<context>
    <name>GalleryDigits</name>
    <message>
        <source>The gallery of real digits is missing: %1</source>
        <translation>실제 숫자 갤러리가 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>LessonSteps</name>
    <message>
        <source>What a generative model learns</source>
        <translation>생성 모델이 배우는 것</translation>
    </message>
    <message>
        <source>&lt;p&gt;A generative model learns a probability distribution &lt;i&gt;p&lt;/i&gt;(&lt;b&gt;x&lt;/b&gt;) over images. Knowing &lt;i&gt;p&lt;/i&gt;(&lt;b&gt;x&lt;/b&gt;), we can &lt;b&gt;generate&lt;/b&gt; new images (draw &lt;b&gt;x&lt;/b&gt; ~ &lt;i&gt;p&lt;/i&gt;(&lt;b&gt;x&lt;/b&gt;)), &lt;b&gt;estimate density&lt;/b&gt; (is this image likely?) and learn &lt;b&gt;representations&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;A model that can compute &lt;i&gt;p&lt;/i&gt;(&lt;b&gt;x&lt;/b&gt;) is &lt;b&gt;explicit&lt;/b&gt;; one that can only draw samples is &lt;b&gt;implicit&lt;/b&gt;. The NADE on this page is explicit. Press &lt;b&gt;Space&lt;/b&gt; and watch it decide a digit pixel by pixel.&lt;/p&gt;</source>
        <translation>&lt;p&gt;생성 모델은 이미지에 대한 확률분포 &lt;i&gt;p&lt;/i&gt;(&lt;b&gt;x&lt;/b&gt;)를 학습합니다. &lt;i&gt;p&lt;/i&gt;(&lt;b&gt;x&lt;/b&gt;)를 알면 새 이미지를 &lt;b&gt;생성&lt;/b&gt;하고(&lt;b&gt;x&lt;/b&gt; ~ &lt;i&gt;p&lt;/i&gt;(&lt;b&gt;x&lt;/b&gt;)를 뽑기), &lt;b&gt;밀도를 추정&lt;/b&gt;하고(이 이미지는 그럴듯한가?), &lt;b&gt;표현&lt;/b&gt;을 학습할 수 있습니다.&lt;/p&gt;&lt;p&gt;&lt;i&gt;p&lt;/i&gt;(&lt;b&gt;x&lt;/b&gt;)를 계산할 수 있는 모델은 &lt;b&gt;명시적&lt;/b&gt; 모델이고, 샘플만 뽑을 수 있는 모델은 &lt;b&gt;암시적&lt;/b&gt; 모델입니다. 이 페이지의 NADE는 명시적 모델입니다. &lt;b&gt;Space&lt;/b&gt; 키를 누르고 NADE가 숫자를 픽셀 하나씩 정해 가는 모습을 지켜보세요.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Counting parameters</source>
        <translation>파라미터 세기</translation>
    </message>
    <message>
        <source>Independence</source>
        <translation>독립 가정</translation>
    </message>
    <message>
        <source>&lt;p&gt;Assume every pixel is independent of the others: &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;, …, &lt;i&gt;x&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;&lt;/sub&gt;) = &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;) ⋯ &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;&lt;/sub&gt;). The same 2&lt;sup&gt;&lt;i&gt;n&lt;/i&gt;&lt;/sup&gt; images remain possible, yet only &lt;i&gt;n&lt;/i&gt; parameters are left: 784 for a digit.&lt;/p&gt;&lt;p&gt;The price: no pixel knows its neighbours, so the samples are noise. Press &lt;b&gt;Space&lt;/b&gt; to see one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;모든 픽셀이 서로 독립이라고 가정합니다: &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;, …, &lt;i&gt;x&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;&lt;/sub&gt;) = &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;) ⋯ &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;&lt;/sub&gt;). 가능한 이미지는 여전히 2&lt;sup&gt;&lt;i&gt;n&lt;/i&gt;&lt;/sup&gt;개이지만, 파라미터는 &lt;i&gt;n&lt;/i&gt;개만 남습니다. 숫자 이미지라면 784개입니다.&lt;/p&gt;&lt;p&gt;대가: 어떤 픽셀도 이웃을 모르므로 샘플은 잡음이 됩니다. &lt;b&gt;Space&lt;/b&gt; 키를 눌러 직접 확인해 보세요.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The chain rule</source>
        <translation>연쇄법칙</translation>
    </message>
    <message>
        <source>&lt;p&gt;The chain rule holds for every distribution, with no assumption: &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;, …, &lt;i&gt;x&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;&lt;/sub&gt;) = &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;) &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;&lt;sub&gt;2&lt;/sub&gt; | &lt;i&gt;x&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;) &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;&lt;sub&gt;3&lt;/sub&gt; | &lt;i&gt;x&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;, &lt;i&gt;x&lt;/i&gt;&lt;sub&gt;2&lt;/sub&gt;) ⋯&lt;/p&gt;&lt;p&gt;With full tables the factors need 1 + 2 + 4 + ⋯ + 2&lt;sup&gt;&lt;i&gt;n&lt;/i&gt;−1&lt;/sup&gt; = 2&lt;sup&gt;&lt;i&gt;n&lt;/i&gt;&lt;/sup&gt; − 1 parameters: nothing is saved by itself. &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;&lt;sub&gt;2&lt;/sub&gt; | &lt;i&gt;x&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;) needs 2 parameters, one Bernoulli for each value of &lt;i&gt;x&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;연쇄법칙은 아무 가정 없이 모든 분포에서 성립합니다: &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;, …, &lt;i&gt;x&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;&lt;/sub&gt;) = &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;) &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;&lt;sub&gt;2&lt;/sub&gt; | &lt;i&gt;x&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;) &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;&lt;sub&gt;3&lt;/sub&gt; | &lt;i&gt;x&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;, &lt;i&gt;x&lt;/i&gt;&lt;sub&gt;2&lt;/sub&gt;) ⋯&lt;/p&gt;&lt;p&gt;각 인자를 전체 표로 두면 파라미터가 1 + 2 + 4 + ⋯ + 2&lt;sup&gt;&lt;i&gt;n&lt;/i&gt;−1&lt;/sup&gt; = 2&lt;sup&gt;&lt;i&gt;n&lt;/i&gt;&lt;/sup&gt; − 1개 필요합니다. 연쇄법칙만으로는 하나도 줄지 않습니다. &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;&lt;sub&gt;2&lt;/sub&gt; | &lt;i&gt;x&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;)에는 &lt;i&gt;x&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;의 값마다 베르누이 하나씩, 파라미터 2개가 필요합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Conditional independence and Markov</source>
        <translation>조건부 독립과 마르코프 가정</translation>
    </message>
    <message>
        <source>&lt;p&gt;If &lt;i&gt;x&lt;/i&gt; ⟂ &lt;i&gt;y&lt;/i&gt; | &lt;i&gt;z&lt;/i&gt;, then &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt; | &lt;i&gt;y&lt;/i&gt;, &lt;i&gt;z&lt;/i&gt;) = &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt; | &lt;i&gt;z&lt;/i&gt;): a factor may forget what it does not need. The Markov assumption keeps only the previous pixel, &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;) &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;&lt;sub&gt;2&lt;/sub&gt; | &lt;i&gt;x&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;) ⋯ &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;&lt;/sub&gt; | &lt;i&gt;x&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;−1&lt;/sub&gt;), with 2&lt;i&gt;n&lt;/i&gt; − 1 parameters. Order &lt;i&gt;m&lt;/i&gt; looks back &lt;i&gt;m&lt;/i&gt; pixels.&lt;/p&gt;&lt;p&gt;In raster order the previous pixel is the left neighbour: samples become streaks. Better than noise, still no digit.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;x&lt;/i&gt; ⟂ &lt;i&gt;y&lt;/i&gt; | &lt;i&gt;z&lt;/i&gt;이면 &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt; | &lt;i&gt;y&lt;/i&gt;, &lt;i&gt;z&lt;/i&gt;) = &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt; | &lt;i&gt;z&lt;/i&gt;)입니다. 즉 각 인자는 필요 없는 것을 잊어도 됩니다. 마르코프 가정은 바로 앞 픽셀만 남깁니다: &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;) &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;&lt;sub&gt;2&lt;/sub&gt; | &lt;i&gt;x&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;) ⋯ &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;&lt;/sub&gt; | &lt;i&gt;x&lt;/i&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;−1&lt;/sub&gt;), 파라미터는 2&lt;i&gt;n&lt;/i&gt; − 1개입니다. 차수가 &lt;i&gt;m&lt;/i&gt;이면 앞의 &lt;i&gt;m&lt;/i&gt;개 픽셀까지 봅니다.&lt;/p&gt;&lt;p&gt;래스터 순서에서 바로 앞 픽셀은 왼쪽 이웃이므로 샘플에 줄무늬가 생깁니다. 잡음보다는 낫지만 아직 숫자는 아닙니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Autoregressive models and orderings</source>
        <translation>자기회귀 모델과 순서</translation>
    </message>
    <message>
        <source>NADE</source>
        <translation>NADE</translation>
    </message>
    <message>
        <source>Density and anomaly detection</source>
        <translation>밀도와 이상 탐지</translation>
    </message>
    <message>
        <source>&lt;p&gt;A coin is one Bernoulli variable: &lt;b&gt;1&lt;/b&gt; parameter. A categorical variable with &lt;i&gt;m&lt;/i&gt; outcomes needs &lt;i&gt;m&lt;/i&gt; − 1, because the probabilities sum to one.&lt;/p&gt;&lt;p&gt;One RGB pixel taken as a single variable has 256³ states and needs 256³ − 1 = %1 parameters. A 28×28 black-and-white image has 2&lt;sup&gt;784&lt;/sup&gt; states, so its full joint table needs 2&lt;sup&gt;784&lt;/sup&gt; − 1 parameters: a number with %2 digits, far beyond the atoms in the universe.&lt;/p&gt;&lt;p&gt;More parameters are not better by themselves: a full table fitted by maximum likelihood to the %3 training digits gives probability 0 to every digit it has not seen, so every new digit gets an infinite negative log-likelihood. That is overfitting at its extreme.&lt;/p&gt;</source>
        <translation>&lt;p&gt;동전은 베르누이 변수 하나이므로 파라미터가 &lt;b&gt;1&lt;/b&gt;개입니다. 결과가 &lt;i&gt;m&lt;/i&gt;가지인 카테고리 변수에는 &lt;i&gt;m&lt;/i&gt; − 1개가 필요합니다. 확률의 합이 1이기 때문입니다.&lt;/p&gt;&lt;p&gt;RGB 픽셀 하나를 변수 하나로 보면 상태가 256³개이고, 파라미터가 256³ − 1 = %1개 필요합니다. 28×28 흑백 이미지는 상태가 2&lt;sup&gt;784&lt;/sup&gt;개이므로, 전체 결합분포 표에는 파라미터가 2&lt;sup&gt;784&lt;/sup&gt; − 1개 필요합니다. %2자리나 되는 수로, 우주의 원자 수를 훨씬 넘습니다.&lt;/p&gt;&lt;p&gt;파라미터가 많다고 그 자체로 좋은 것은 아닙니다. 학습 숫자 %3개에 최대 우도로 적합한 전체 표는 보지 못한 모든 숫자에 확률 0을 주므로, 새 숫자는 모두 음의 로그 우도가 무한대가 됩니다. 과적합의 극단입니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;NADE gives every conditional a small neural network, with weights shared between positions. In the paper (Larochelle &amp;amp; Murray, 2011) the hidden layer uses the sigmoid σ: &lt;b&gt;h&lt;/b&gt;&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; = σ(&lt;i&gt;W&lt;/i&gt;&lt;sub&gt;:,&amp;lt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; &lt;b&gt;x&lt;/b&gt;&lt;sub&gt;&amp;lt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; + &lt;b&gt;c&lt;/b&gt;) and &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; = 1 | &lt;b&gt;x&lt;/b&gt;&lt;sub&gt;&amp;lt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt;) = σ(&lt;b&gt;V&lt;/b&gt;&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; · &lt;b&gt;h&lt;/b&gt;&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; + &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt;).&lt;/p&gt;</source>
        <translation>&lt;p&gt;NADE는 조건부 확률마다 작은 신경망을 하나씩 두고, 가중치는 위치 사이에 공유합니다. 논문(Larochelle &amp;amp; Murray, 2011)에서는 은닉층에 시그모이드 σ를 씁니다: &lt;b&gt;h&lt;/b&gt;&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; = σ(&lt;i&gt;W&lt;/i&gt;&lt;sub&gt;:,&amp;lt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; &lt;b&gt;x&lt;/b&gt;&lt;sub&gt;&amp;lt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; + &lt;b&gt;c&lt;/b&gt;), &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; = 1 | &lt;b&gt;x&lt;/b&gt;&lt;sub&gt;&amp;lt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt;) = σ(&lt;b&gt;V&lt;/b&gt;&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; · &lt;b&gt;h&lt;/b&gt;&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; + &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt;).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The NADE shown here uses %1 in its hidden layer: &lt;b&gt;h&lt;/b&gt;&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; = %1(&lt;i&gt;W&lt;/i&gt;&lt;sub&gt;:,&amp;lt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; &lt;b&gt;x&lt;/b&gt;&lt;sub&gt;&amp;lt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; + &lt;b&gt;c&lt;/b&gt;); the output is still σ.&lt;/p&gt;</source>
        <translation>&lt;p&gt;여기서 보여 주는 NADE는 은닉층에 %1을 씁니다: &lt;b&gt;h&lt;/b&gt;&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; = %1(&lt;i&gt;W&lt;/i&gt;&lt;sub&gt;:,&amp;lt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; &lt;b&gt;x&lt;/b&gt;&lt;sub&gt;&amp;lt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; + &lt;b&gt;c&lt;/b&gt;). 출력은 여전히 σ입니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The pre-activation grows by one column per pixel, so all %1 conditionals cost O(&lt;i&gt;HD&lt;/i&gt;) together. It has 2&lt;i&gt;HD&lt;/i&gt; + &lt;i&gt;H&lt;/i&gt; + &lt;i&gt;D&lt;/i&gt; parameters. The bar shows each coin flip: the probability, the uniform number drawn, the outcome.&lt;/p&gt;</source>
        <translation>&lt;p&gt;사전 활성화 값은 픽셀마다 열 하나만큼만 늘어나므로, 조건부 확률 %1개 전체의 비용이 O(&lt;i&gt;HD&lt;/i&gt;)입니다. 파라미터는 2&lt;i&gt;HD&lt;/i&gt; + &lt;i&gt;H&lt;/i&gt; + &lt;i&gt;D&lt;/i&gt;개입니다. 막대는 동전 던지기 한 번 한 번을 보여 줍니다: 확률, 뽑은 균등분포 난수, 결과.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: more probable than every test digit</source>
        <translation>%1: 모든 테스트 숫자보다 확률이 높음</translation>
    </message>
    <message>
        <source>%1: not more probable than every test digit</source>
        <translation>%1: 모든 테스트 숫자보다 확률이 높지는 않음</translation>
    </message>
    <message>
        <source>&lt;p&gt;The blank image, model by model:&lt;br&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;모델별 빈 이미지:&lt;br&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;An explicit model scores any image exactly: log &lt;i&gt;p&lt;/i&gt;(&lt;b&gt;x&lt;/b&gt;) = Σ&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; log &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; | &lt;b&gt;x&lt;/b&gt;&lt;sub&gt;&amp;lt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt;). A real digit lands among the test digits; a scribble lands far below them. That gap is &lt;b&gt;anomaly detection&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Draw your own digit. Then clear the canvas: every pixel off is easy to predict, so under some models a blank image is more probable than every test digit. A high density alone does not mean “looks like the data”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;명시적 모델은 어떤 이미지든 정확한 점수를 매깁니다: log &lt;i&gt;p&lt;/i&gt;(&lt;b&gt;x&lt;/b&gt;) = Σ&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; log &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; | &lt;b&gt;x&lt;/b&gt;&lt;sub&gt;&amp;lt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt;). 실제 숫자는 테스트 숫자들 사이에 놓이고, 낙서는 그보다 훨씬 아래에 놓입니다. 이 차이를 이용하는 것이 &lt;b&gt;이상 탐지&lt;/b&gt;입니다.&lt;/p&gt;&lt;p&gt;숫자를 직접 그려 보세요. 그다음 캔버스를 지워 보세요. 모든 픽셀이 꺼진 이미지는 예측하기 쉬워서, 어떤 모델에서는 빈 이미지가 모든 테스트 숫자보다 확률이 높습니다. 밀도가 높다는 것만으로 “데이터와 닮았다”고 할 수는 없습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;An autoregressive model factorizes by the chain rule in a fixed &lt;b&gt;ordering&lt;/b&gt; of the pixels, and learns each conditional. Raster order is common, but each of the 784! orderings gives an exact factorization.&lt;/p&gt;&lt;p&gt;Compare the same digit under four of them: the chain rule is exact in each, yet the log-likelihoods differ, because each model learned its conditionals from data.&lt;/p&gt;</source>
        <translation>&lt;p&gt;자기회귀 모델은 픽셀의 고정된 &lt;b&gt;순서&lt;/b&gt;에 따라 연쇄법칙으로 분해하고, 각 조건부 확률을 학습합니다. 래스터 순서가 흔하지만, 784!가지 순서 중 어느 것으로 분해해도 정확합니다.&lt;/p&gt;&lt;p&gt;같은 숫자를 그중 네 가지 순서로 비교해 보세요. 연쇄법칙은 어느 순서에서나 정확하지만 로그 우도는 서로 다릅니다. 각 모델이 조건부 확률을 데이터에서 학습했기 때문입니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;These %1 NADEs trained alike (%2 each). Test NLL in nats: %3. The best ordering leads the worst by %4 nats per digit.&lt;/p&gt;</source>
        <translation>&lt;p&gt;이 NADE %1개는 똑같이 학습했습니다(각각 %2). 테스트 NLL(nats): %3. 가장 좋은 순서가 가장 나쁜 순서보다 숫자 하나당 %4 nats 앞섭니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The random order comes last: it scatters the context, while the neighbours just before a pixel say most about it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;무작위 순서가 가장 뒤처집니다: 문맥이 흩어지기 때문입니다. 한 픽셀 바로 앞의 이웃이 그 픽셀에 대해 가장 많은 것을 알려 줍니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Bayes&apos; rule</source>
        <translation>베이즈 정리</translation>
    </message>
    <message>
        <source>&lt;p&gt;The second rule for taming the joint is &lt;b&gt;Bayes&apos; rule&lt;/b&gt;: &lt;i&gt;p&lt;/i&gt;(&lt;b&gt;x&lt;/b&gt; | &lt;i&gt;y&lt;/i&gt;) = &lt;i&gt;p&lt;/i&gt;(&lt;b&gt;x&lt;/b&gt;, &lt;i&gt;y&lt;/i&gt;) / &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;y&lt;/i&gt;) = &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;y&lt;/i&gt; | &lt;b&gt;x&lt;/b&gt;) &lt;i&gt;p&lt;/i&gt;(&lt;b&gt;x&lt;/b&gt;) / &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;y&lt;/i&gt;). Let &lt;b&gt;x&lt;/b&gt; be an image and &lt;i&gt;y&lt;/i&gt; its label, the digit it shows.&lt;/p&gt;&lt;p&gt;The class-conditional NADE learns &lt;i&gt;p&lt;/i&gt;(&lt;b&gt;x&lt;/b&gt; | &lt;i&gt;y&lt;/i&gt;) for every digit and the prior &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;y&lt;/i&gt;). Turned around by Bayes&apos; rule it also says whether an image belongs to a label: &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;y&lt;/i&gt; | &lt;b&gt;x&lt;/b&gt;) = &lt;i&gt;p&lt;/i&gt;(&lt;b&gt;x&lt;/b&gt; | &lt;i&gt;y&lt;/i&gt;) &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;y&lt;/i&gt;) / &lt;i&gt;p&lt;/i&gt;(&lt;b&gt;x&lt;/b&gt;), with &lt;i&gt;p&lt;/i&gt;(&lt;b&gt;x&lt;/b&gt;) = Σ&lt;sub&gt;&lt;i&gt;y&lt;/i&gt;&lt;/sub&gt; &lt;i&gt;p&lt;/i&gt;(&lt;b&gt;x&lt;/b&gt; | &lt;i&gt;y&lt;/i&gt;) &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;y&lt;/i&gt;). A generative model in the strict sense can do this, because it is &lt;b&gt;explicit&lt;/b&gt;: it computes the probabilities instead of only drawing samples.&lt;/p&gt;&lt;p&gt;The canvas holds a real test digit: read &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;y&lt;/i&gt; | &lt;b&gt;x&lt;/b&gt;) for it. Then clear the canvas, draw your own digit and watch &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;y&lt;/i&gt; | &lt;b&gt;x&lt;/b&gt;): which digit does the model think it is, and how sure is it while the digit is half drawn?&lt;/p&gt;</source>
        <translation>&lt;p&gt;결합분포를 다루기 쉽게 만드는 두 번째 규칙은 &lt;b&gt;베이즈 정리&lt;/b&gt;입니다: &lt;i&gt;p&lt;/i&gt;(&lt;b&gt;x&lt;/b&gt; | &lt;i&gt;y&lt;/i&gt;) = &lt;i&gt;p&lt;/i&gt;(&lt;b&gt;x&lt;/b&gt;, &lt;i&gt;y&lt;/i&gt;) / &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;y&lt;/i&gt;) = &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;y&lt;/i&gt; | &lt;b&gt;x&lt;/b&gt;) &lt;i&gt;p&lt;/i&gt;(&lt;b&gt;x&lt;/b&gt;) / &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;y&lt;/i&gt;). &lt;b&gt;x&lt;/b&gt;를 이미지, &lt;i&gt;y&lt;/i&gt;를 그 레이블, 즉 이미지가 나타내는 숫자라고 합시다.&lt;/p&gt;&lt;p&gt;클래스 조건부 NADE는 숫자마다 &lt;i&gt;p&lt;/i&gt;(&lt;b&gt;x&lt;/b&gt; | &lt;i&gt;y&lt;/i&gt;)를 학습하고, 사전확률 &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;y&lt;/i&gt;)도 학습합니다. 베이즈 정리로 뒤집으면 이미지가 어떤 레이블에 속하는지도 알 수 있습니다: &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;y&lt;/i&gt; | &lt;b&gt;x&lt;/b&gt;) = &lt;i&gt;p&lt;/i&gt;(&lt;b&gt;x&lt;/b&gt; | &lt;i&gt;y&lt;/i&gt;) &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;y&lt;/i&gt;) / &lt;i&gt;p&lt;/i&gt;(&lt;b&gt;x&lt;/b&gt;), 여기서 &lt;i&gt;p&lt;/i&gt;(&lt;b&gt;x&lt;/b&gt;) = Σ&lt;sub&gt;&lt;i&gt;y&lt;/i&gt;&lt;/sub&gt; &lt;i&gt;p&lt;/i&gt;(&lt;b&gt;x&lt;/b&gt; | &lt;i&gt;y&lt;/i&gt;) &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;y&lt;/i&gt;)입니다. 엄밀한 의미의 생성 모델은 &lt;b&gt;명시적&lt;/b&gt; 모델이므로 이것이 가능합니다. 샘플을 뽑기만 하는 것이 아니라 확률을 계산하기 때문입니다.&lt;/p&gt;&lt;p&gt;캔버스에는 실제 테스트 숫자가 있습니다. 이 숫자의 &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;y&lt;/i&gt; | &lt;b&gt;x&lt;/b&gt;)를 읽어 보세요. 그다음 캔버스를 지우고 숫자를 직접 그리면서 &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;y&lt;/i&gt; | &lt;b&gt;x&lt;/b&gt;)를 지켜보세요. 모델은 어떤 숫자라고 생각할까요? 숫자를 반쯤 그렸을 때는 얼마나 확신할까요?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 nats (%2)</source>
        <translation>%1 nats (%2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Training a model means choosing its parameters θ so that the training digits become probable: &lt;b&gt;maximum likelihood&lt;/b&gt;, θ* = argmax&lt;sub&gt;θ&lt;/sub&gt; Σ&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;&lt;/sub&gt; log &lt;i&gt;p&lt;/i&gt;&lt;sub&gt;θ&lt;/sub&gt;(&lt;b&gt;x&lt;/b&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;&lt;/sub&gt;). Equivalently it minimizes the average &lt;b&gt;negative log-likelihood&lt;/b&gt; (NLL) in nats, the curve on this page. Each minibatch moves θ a small step down the gradient of the NLL (Adam).&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Start&lt;/b&gt;: the training NLL falls, and the &lt;b&gt;validation&lt;/b&gt; NLL, measured on held-out digits the model never trains on, shows whether it learned digits or only memorized its own. The samples turn from noise into strokes and digits, and the hidden units become stroke detectors.&lt;/p&gt;</source>
        <translation>&lt;p&gt;모델을 학습한다는 것은 학습 숫자들의 확률이 높아지도록 파라미터 θ를 고르는 것입니다: &lt;b&gt;최대 우도 추정&lt;/b&gt;, θ* = argmax&lt;sub&gt;θ&lt;/sub&gt; Σ&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;&lt;/sub&gt; log &lt;i&gt;p&lt;/i&gt;&lt;sub&gt;θ&lt;/sub&gt;(&lt;b&gt;x&lt;/b&gt;&lt;sub&gt;&lt;i&gt;n&lt;/i&gt;&lt;/sub&gt;). 이는 평균 &lt;b&gt;음의 로그 우도&lt;/b&gt;(NLL, nats)를 최소화하는 것과 같으며, 이 페이지의 곡선이 바로 그것입니다. 미니배치마다 θ가 NLL의 기울기를 따라 조금씩 내려갑니다 (Adam).&lt;/p&gt;&lt;p&gt;&lt;b&gt;시작&lt;/b&gt;을 누르세요: 학습 NLL이 내려가고, 모델이 한 번도 학습하지 않는 따로 둔 숫자로 잰 &lt;b&gt;검증&lt;/b&gt; NLL은 모델이 숫자를 배웠는지 아니면 학습 숫자만 외웠는지 보여 줍니다. 샘플은 잡음에서 획과 숫자로 바뀌고, 은닉 유닛은 획을 찾는 검출기가 됩니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The dash-dotted line is the shipped NADE&apos;s test NLL: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;일점쇄선은 함께 제공된 NADE의 테스트 NLL입니다: %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Learning is maximum likelihood</source>
        <translation>학습은 최대 우도 추정입니다</translation>
    </message>
</context>
<context>
    <name>ModelExport</name>
    <message>
        <source>Could not save the animation “%1”: %2</source>
        <translation>애니메이션 “%1”을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Could not save the table “%1”: %2</source>
        <translation>표 “%1”을(를) 저장할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>ModelNames</name>
    <message>
        <source>raster</source>
        <translation>래스터</translation>
    </message>
    <message>
        <source>column</source>
        <translation>열 방향</translation>
    </message>
    <message>
        <source>spiral</source>
        <translation>나선형</translation>
    </message>
    <message>
        <source>random</source>
        <translation>무작위</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>사용자 지정</translation>
    </message>
    <message>
        <source>Markov</source>
        <translation>마르코프</translation>
    </message>
    <message>
        <source>NADE</source>
        <translation>NADE</translation>
    </message>
    <message>
        <source>Independent</source>
        <translation>독립</translation>
    </message>
    <message>
        <source>FVSBN</source>
        <translation>FVSBN</translation>
    </message>
    <message>
        <source>Markov, order %1</source>
        <translation>마르코프, %1차</translation>
    </message>
    <message>
        <source>NADE, %1</source>
        <translation>NADE, %1</translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation>파라미터 %1개</translation>
    </message>
    <message>
        <source>Markov chain of order %1, raster order, %2</source>
        <translation>%1차 마르코프 연쇄, 래스터 순서, %2</translation>
    </message>
    <message>
        <source>ReLU hidden layer</source>
        <translation>ReLU 은닉층</translation>
    </message>
    <message>
        <source>sigmoid hidden layer</source>
        <translation>시그모이드 은닉층</translation>
    </message>
    <message>
        <source>NADE, H = %1 (%2), %3 order, %4</source>
        <translation>NADE, H = %1 (%2), %3 순서, %4</translation>
    </message>
    <message>
        <source>Independent Bernoulli pixels, %1</source>
        <translation>독립 베르누이 픽셀, %1</translation>
    </message>
    <message>
        <source>FVSBN (logistic regression on all earlier pixels), raster order, %1</source>
        <translation>FVSBN (앞선 모든 픽셀에 대한 로지스틱 회귀), 래스터 순서, %1</translation>
    </message>
    <message>
        <source>closed form</source>
        <translation>닫힌 형식</translation>
    </message>
    <message>
        <source>1 epoch</source>
        <translation>1 에포크</translation>
    </message>
    <message>
        <source>%1 epochs</source>
        <translation>%1 에포크</translation>
    </message>
    <message>
        <source>%1 (weights of epoch %2)</source>
        <translation>%1 (%2번째 에포크의 가중치)</translation>
    </message>
    <message>
        <source>Naive Bayes</source>
        <translation>나이브 베이즈</translation>
    </message>
    <message>
        <source>Class NADE</source>
        <translation>클래스 조건부 NADE</translation>
    </message>
    <message>
        <source>Naive Bayes: independent pixels given each digit, %1</source>
        <translation>나이브 베이즈: 숫자별로 독립인 픽셀, %1</translation>
    </message>
    <message>
        <source>Class-conditional NADE p(x | digit), H = %1, %2 order, %3</source>
        <translation>클래스 조건부 NADE p(x | 숫자), H = %1, %2 순서, %3</translation>
    </message>
    <message>
        <source>RNADE</source>
        <translation>RNADE</translation>
    </message>
    <message>
        <source>Independent mixtures</source>
        <translation>독립 가우시안 혼합</translation>
    </message>
    <message>
        <source>RNADE, H = %1, %2 Gaussians per pixel, %3 order, %4</source>
        <translation>RNADE, H = %1, 픽셀당 가우시안 %2개, %3 순서, %4</translation>
    </message>
    <message>
        <source>Independent pixels, %1 Gaussians each, %2</source>
        <translation>독립 픽셀, 각각 가우시안 %1개, %2</translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <extracomment>A date and time in QDateTime&apos;s format: &quot;27 Nov 14:02&quot;.</extracomment>
        <translation>M월 d일 HH:mm</translation>
    </message>
    <message>
        <source>%1 — trained here %2</source>
        <translation>%1 — 여기서 %2에 학습</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <extracomment>A time of today (&quot;14:02&quot;), else a day (&quot;27 Nov&quot;), in QDateTime&apos;s formats.</extracomment>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>M월 d일</translation>
    </message>
    <message>
        <source>%1, trained %2</source>
        <translation>%1, %2 학습</translation>
    </message>
</context>
<context>
    <name>PublishedResults</name>
    <message>
        <source>Mixture of Bernoullis</source>
        <translation>베르누이 혼합</translation>
    </message>
    <message>
        <source>Larochelle &amp; Murray, 2011</source>
        <translation>Larochelle &amp; Murray, 2011</translation>
    </message>
    <message>
        <source>FVSBN</source>
        <translation>FVSBN</translation>
    </message>
    <message>
        <source>NADE</source>
        <translation>NADE</translation>
    </message>
    <message>
        <source>MADE</source>
        <translation>MADE</translation>
    </message>
    <message>
        <source>Germain et al., 2015</source>
        <translation>Germain 외, 2015</translation>
    </message>
    <message>
        <source>Order-agnostic NADE</source>
        <translation>순서 무관 NADE</translation>
    </message>
    <message>
        <source>PixelCNN</source>
        <translation>PixelCNN</translation>
    </message>
    <message>
        <source>van den Oord et al., 2016</source>
        <translation>van den Oord 외, 2016</translation>
    </message>
    <message>
        <source>fixed binarization of Larochelle &amp; Murray (2011)</source>
        <translation>Larochelle &amp; Murray (2011)의 고정 이진화</translation>
    </message>
    <message>
        <source>D = %1 binary pixels</source>
        <translation>이진 픽셀 D = %1개</translation>
    </message>
    <message>
        <source>H = %1 sigmoid hidden units</source>
        <translation>시그모이드 은닉 유닛 H = %1개</translation>
    </message>
    <message>
        <source>%1 hidden layers, %2 masks</source>
        <translation>은닉층 %1개, 마스크 %2개</translation>
    </message>
    <message>
        <source>Uria et al., 2014</source>
        <translation>Uria 외, 2014</translation>
    </message>
    <message>
        <source>an ensemble of %1 orderings,
%2 hidden layers</source>
        <translation>순서 %1개의 앙상블,
은닉층 %2개</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Papamakarios, Pavlakou &amp; Murray</source>
        <translation>Papamakarios, Pavlakou &amp; Murray</translation>
    </message>
    <message>
        <source>Masked Autoregressive Flow for Density Estimation</source>
        <translation>Masked Autoregressive Flow for Density Estimation</translation>
    </message>
    <message>
        <source>Table 2, MNIST, unconditional (in nats of logit space there)</source>
        <translation>표 2, MNIST, 비조건부 (원 논문의 수치는 로짓 공간에서의 내트 단위)</translation>
    </message>
    <message>
        <source>Grathwohl et al.</source>
        <translation>Grathwohl 외</translation>
    </message>
    <message>
        <source>FFJORD: Free-form Continuous Dynamics for Scalable Reversible Generative Models</source>
        <translation>FFJORD: Free-form Continuous Dynamics for Scalable Reversible Generative Models</translation>
    </message>
    <message>
        <source>Table 2, MNIST</source>
        <translation>표 2, MNIST</translation>
    </message>
    <message>
        <source>trained in logit space, logit(λ + (1 − 2λ)y) with λ = 10⁻⁶, and converted back to pixels; %1 training digits, noise drawn once</source>
        <translation>로짓 공간 logit(λ + (1 − 2λ)y), λ = 10⁻⁶에서 학습한 뒤 픽셀 값으로 되돌려 환산; 학습 숫자 %1개, 잡음은 한 번 뽑음</translation>
    </message>
    <message>
        <source>a deep multi-scale flow of %1; 8-bit digits with uniform dequantization, as tabulated by Grathwohl et al.</source>
        <translation>깊은 다중 스케일 플로우: %1; 균등 역양자화한 8비트 숫자, Grathwohl 외가 표로 정리한 값</translation>
    </message>
    <message>
        <source>masked autoencoder, one Gaussian per pixel; %1</source>
        <translation>마스크 오토인코더, 픽셀당 가우시안 하나; %1</translation>
    </message>
    <message>
        <source>MADE MoG</source>
        <translation>MADE MoG</translation>
    </message>
    <message>
        <source>masked autoencoder, a mixture of Gaussians per pixel as in RNADE; %1</source>
        <translation>마스크 오토인코더, RNADE처럼 픽셀마다 가우시안 혼합; %1</translation>
    </message>
    <message>
        <source>MAF</source>
        <translation>MAF</translation>
    </message>
    <message>
        <source>a flow of stacked MADEs; %1</source>
        <translation>MADE를 여러 개 쌓은 플로우; %1</translation>
    </message>
    <message>
        <source>Real NVP</source>
        <translation>Real NVP</translation>
    </message>
    <message>
        <source>coupling layers (Dinh et al., 2017)</source>
        <translation>커플링 층 (Dinh 외, 2017)</translation>
    </message>
    <message>
        <source>Glow</source>
        <translation>Glow</translation>
    </message>
    <message>
        <source>invertible 1 × 1 convolutions (Kingma &amp; Dhariwal, 2018)</source>
        <translation>가역 1 × 1 합성곱 (Kingma &amp; Dhariwal, 2018)</translation>
    </message>
</context>
<context>
    <name>SamplingFormula</name>
    <message>
        <source>How the model decides each pixel — %1</source>
        <translation>모델이 각 픽셀을 정하는 방법 — %1</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2 &amp;nbsp;with&amp;nbsp; %3</source>
        <translation>%1&lt;br&gt;%2 &amp;nbsp;여기서&amp;nbsp; %3</translation>
    </message>
    <message>
        <source>i = %1: W[:, &amp;lt;%1] holds %2 columns; σ(V&lt;sub&gt;%1&lt;/sub&gt; · h&lt;sub&gt;%1&lt;/sub&gt; + b&lt;sub&gt;%1&lt;/sub&gt;) = %3, so x&lt;sub&gt;%1&lt;/sub&gt; = %4</source>
        <translation>i = %1: W[:, &amp;lt;%1]의 열 %2개 사용, σ(V&lt;sub&gt;%1&lt;/sub&gt; · h&lt;sub&gt;%1&lt;/sub&gt; + b&lt;sub&gt;%1&lt;/sub&gt;) = %3, 따라서 x&lt;sub&gt;%1&lt;/sub&gt; = %4</translation>
    </message>
    <message>
        <source>Nothing decided yet: %1 = %2</source>
        <translation>아직 정해진 픽셀 없음: %1 = %2</translation>
    </message>
    <message>
        <source>i = %1: %2 = %3, so x&lt;sub&gt;%1&lt;/sub&gt; = %4</source>
        <translation>i = %1: %2 = %3, 따라서 x&lt;sub&gt;%1&lt;/sub&gt; = %4</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2</source>
        <translation>%1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>How the model draws a %1, pixel by pixel — %2</source>
        <translation>모델이 숫자 %1을(를) 픽셀 하나씩 그리는 방법 — %2</translation>
    </message>
    <message>
        <source>i = %1: W[:, &amp;lt;%1] holds %2 columns; σ(V&lt;sub&gt;%1&lt;/sub&gt; · h&lt;sub&gt;%1&lt;/sub&gt; + b&lt;sub&gt;%1&lt;/sub&gt; + A&lt;sub&gt;%1,%3&lt;/sub&gt;) = %4, so x&lt;sub&gt;%1&lt;/sub&gt; = %5</source>
        <translation>i = %1: W[:, &amp;lt;%1]의 열 %2개 사용, σ(V&lt;sub&gt;%1&lt;/sub&gt; · h&lt;sub&gt;%1&lt;/sub&gt; + b&lt;sub&gt;%1&lt;/sub&gt; + A&lt;sub&gt;%1,%3&lt;/sub&gt;) = %4, 따라서 x&lt;sub&gt;%1&lt;/sub&gt; = %5</translation>
    </message>
</context>
<context>
    <name>ShortcutList</name>
    <message>
        <source>Arrow keys</source>
        <translation>화살표 키</translation>
    </message>
    <message>
        <source>On a drawing canvas: move the pixel cursor</source>
        <translation>그림판에서: 픽셀 커서 이동</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>스페이스</translation>
    </message>
    <message>
        <source>On a drawing canvas: draw or erase the pixel</source>
        <translation>그림판에서: 픽셀 그리기 또는 지우기</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>On the greyscale canvas: erase at the cursor</source>
        <translation>회색조 그림판에서: 커서 위치 지우기</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Move to the next / previous control</source>
        <translation>다음 / 이전 컨트롤로 이동</translation>
    </message>
</context>
<context>
    <name>StorageSize</name>
    <message>
        <source>0 bytes</source>
        <translation>0 바이트</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>✓ fits (&lt; 0.01 %)</source>
        <translation>✓ 들어감 (&lt; 0.01 %)</translation>
    </message>
    <message>
        <source>✓ fits (%1 %)</source>
        <translation>✓ 들어감 (%1 %)</translation>
    </message>
    <message>
        <source>✗ %1× too big</source>
        <translation>✗ %1배 초과</translation>
    </message>
    <message>
        <source>✓ fewer</source>
        <translation>✓ 더 적음</translation>
    </message>
    <message>
        <source>✗ more</source>
        <translation>✗ 더 많음</translation>
    </message>
    <message>
        <source>✗ %1× more</source>
        <translation>✗ %1배 더 많음</translation>
    </message>
</context>
<context>
    <name>TrainingData</name>
    <message>
        <source>The built-in training digits are missing: %1 cannot be read.</source>
        <translation>내장 학습 숫자가 없습니다: %1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The built-in training digits are damaged: %1 does not decompress.</source>
        <translation>내장 학습 숫자가 손상되었습니다: %1의 압축을 풀 수 없습니다.</translation>
    </message>
    <message>
        <source>The built-in training digits are damaged: %1.</source>
        <translation>내장 학습 숫자가 손상되었습니다: %1.</translation>
    </message>
    <message>
        <source>The built-in training digits are damaged: they do not hold %1 digits of 28 × 28.</source>
        <translation>내장 학습 숫자가 손상되었습니다: 28 × 28 숫자 %1개가 들어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The MNIST files in %1 cannot be used (%2): training uses the built-in digits instead.</source>
        <translation>%1의 MNIST 파일을 쓸 수 없습니다 (%2): 대신 내장 숫자로 학습합니다.</translation>
    </message>
</context>
<context>
    <name>ViewExport</name>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>“%1”을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>A view of PixelChain</source>
        <translation>PixelChain 화면</translation>
    </message>
    <message>
        <source>Could not draw a PNG picture: %1</source>
        <translation>PNG 그림을 그릴 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::BayesPanel</name>
    <message>
        <source>Which digit is it?</source>
        <translation>어떤 숫자인가?</translation>
    </message>
    <message>
        <source>Bayes&apos; rule p(y | x) = p(x | y) p(y) / p(x):</source>
        <translation>베이즈 정리 p(y | x) = p(x | y) p(y) / p(x):</translation>
    </message>
    <message>
        <source>Show a confident but improbable %1</source>
        <translation>분류는 확실하지만 확률은 낮은 %1 보기</translation>
    </message>
    <message>
        <source>No model with labels is loaded, so nothing can judge which digit this is.</source>
        <translation>레이블이 있는 모델을 불러오지 않아 어떤 숫자인지 판정할 수 없습니다.</translation>
    </message>
    <message>
        <source>Judge: %1, the current model</source>
        <translation>판정 모델: %1 (현재 모델)</translation>
    </message>
    <message>
        <source>Judge: %1 (current model has no labels)</source>
        <translation>판정 모델: %1 (현재 모델에는 레이블이 없음)</translation>
    </message>
    <message>
        <source>No model with labels is loaded.</source>
        <translation>레이블이 있는 모델을 불러오지 않았습니다.</translation>
    </message>
    <message>
        <source>Looking for such a drawing under this model…</source>
        <translation>이 모델에서 그런 그림을 찾는 중…</translation>
    </message>
    <message>
        <source>A real %1 from the gallery with %2 stray pixels: p(%1 | x) = %3, percentile %4.</source>
        <translation>갤러리의 실제 숫자 %1에 획과 동떨어진 픽셀 %2개를 더한 그림: p(%1 | x) = %3, 백분위 %4.</translation>
    </message>
    <message>
        <source>This model carries no test-set scores, so “improbable” cannot be measured.</source>
        <translation>이 모델에는 테스트 세트 점수가 없어 “확률이 낮음”을 판단할 수 없습니다.</translation>
    </message>
    <message>
        <source>Under this model no real %1 of the gallery stays clearly a %1 (p &gt; %2) while stray pixels make it less probable than %3% of the test digits.</source>
        <translation>이 모델에서는 갤러리의 실제 숫자 %1 중에, 동떨어진 픽셀이 더해져 테스트 숫자의 %3%보다 확률이 낮아지면서도 여전히 분명히 %1(p &gt; %2)인 것이 없습니다.</translation>
    </message>
    <message>
        <source>Every digit</source>
        <translation>모든 숫자</translation>
    </message>
    <message>
        <source>p(y | x) for every digit y, and its two factors</source>
        <translation>모든 숫자 y의 p(y | x)와 그 두 인수</translation>
    </message>
    <message>
        <source>Bayes&apos; rule</source>
        <translation>베이즈 정리</translation>
    </message>
    <message>
        <source>Bayes&apos; rule worked out for the two most probable digits</source>
        <translation>가장 확률이 높은 두 숫자에 대해 계산한 베이즈 정리</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::BitsPerDimChart</name>
    <message>
        <source>Chart of test bits per dimension</source>
        <translation>테스트 차원당 비트 차트</translation>
    </message>
    <message>
        <source>One horizontal bar per model, its length the test bits per dimension: the models trained here on top, the published figures below a dashed line. The table tab gives the same figures.</source>
        <translation>모델마다 가로 막대 하나, 길이는 테스트 차원당 비트입니다: 여기서 학습한 모델이 위에, 발표된 수치는 점선 아래에 있습니다. 표 탭에 같은 수치가 있습니다.</translation>
    </message>
    <message>
        <source>Test bits per dimension on dequantized MNIST (lower is better)</source>
        <translation>역양자화한 MNIST에서 잰 테스트 차원당 비트 (낮을수록 좋음)</translation>
    </message>
    <message>
        <source>bits per dimension: −log₂ p(y) / 784 + 8</source>
        <translation>차원당 비트: −log₂ p(y) / 784 + 8</translation>
    </message>
    <message>
        <source>%1 · published</source>
        <translation>%1 · 발표된 결과</translation>
    </message>
    <message>
        <source>%1 · trained here</source>
        <translation>%1 · 여기서 학습</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::BitsPerDimTable</name>
    <message>
        <source>Table of test bits per dimension</source>
        <translation>테스트 차원당 비트 표</translation>
    </message>
    <message>
        <source>Columns of the bits per dimension table</source>
        <translation>차원당 비트 표의 열</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Test bits/dim</source>
        <translation>테스트 bits/dim</translation>
    </message>
    <message>
        <source>At the bin centres
(not comparable)</source>
        <translation>구간 중심에서
(비교 불가)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Setup: how it was measured</source>
        <translation>설정: 측정 방법</translation>
    </message>
    <message>
        <source>Table of where each figure comes from</source>
        <translation>각 수치의 출처 표</translation>
    </message>
    <message>
        <source>Table of how each figure was measured</source>
        <translation>각 수치의 측정 방법 표</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::ClassifierPanel</name>
    <message>
        <source>not recorded</source>
        <translation>기록 없음</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>읽을 수 없음</translation>
    </message>
    <message>
        <source>Its test figures could not be read: %1</source>
        <translation>테스트 수치를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>an unrecorded share</source>
        <translation>기록 없음</translation>
    </message>
    <message>
        <source>%1: %2 of %3 test digits right</source>
        <translation>%1: 테스트 숫자 %3개 중 정답 비율 %2</translation>
    </message>
    <message>
        <source>%1: no confusion matrix</source>
        <translation>%1: 혼동 행렬 없음</translation>
    </message>
    <message>
        <source>Its file records no confusion matrix.</source>
        <translation>파일에 혼동 행렬이 기록되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Its file could not be read: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Point at a cell to read its count. A cell&apos;s shade is its share of the row, on a square-root scale: rare mix-ups show.</source>
        <translation>칸에 포인터를 올리면 개수가 나옵니다. 칸의 색 농도는 그 칸이 행에서 차지하는 비율을 제곱근 눈금으로 나타내므로, 드문 혼동도 눈에 띕니다.</translation>
    </message>
    <message>
        <source>%1 (%2 % of the %3 test digits that are %4)</source>
        <translation>%1 (실제로 %4인 테스트 숫자 %3개 중 %2 %)</translation>
    </message>
    <message>
        <source>Bayes&apos; rule as a classifier</source>
        <translation>분류기로서의 베이즈 정리</translation>
    </message>
    <message>
        <source>A generative model learns p(x | y) and p(y) and names a digit by Bayes&apos; rule, p(y | x) = p(x | y) p(y) / p(x); a discriminative one learns only p(y | x). Test accuracy, as our trainer recorded it:</source>
        <translation>생성 모델은 p(x | y)와 p(y)를 학습하고 베이즈 정리 p(y | x) = p(x | y) p(y) / p(x)로 숫자를 판정합니다. 판별 모델은 p(y | x)만 학습합니다. 학습 프로그램이 기록한 테스트 정확도:</translation>
    </message>
    <message>
        <source>true digit</source>
        <translation>실제 숫자</translation>
    </message>
    <message>
        <source>predicted digit</source>
        <translation>예측한 숫자</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>혼동 행렬</translation>
    </message>
    <message>
        <source>Views of the classifiers</source>
        <translation>분류기 보기</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::CompletionPanel</name>
    <message>
        <source>Watch it finish on the big canvas</source>
        <translation>큰 캔버스에서 완성 과정 보기</translation>
    </message>
    <message>
        <source>%1 ways the model finishes it:</source>
        <translation>모델이 완성한 %1가지 결과:</translation>
    </message>
    <message>
        <source>Blank: draw</source>
        <translation>빈 캔버스: 직접 그리기</translation>
    </message>
    <message>
        <source>The current sample</source>
        <translation>현재 샘플</translation>
    </message>
    <message>
        <source>How many pixels, in sampling order, the model is given</source>
        <translation>모델에 샘플링 순서대로 미리 주는 픽셀 수</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Test digit %1: a %2</source>
        <translation>테스트 숫자 %1: %2</translation>
    </message>
    <message>
        <source>Test digit %1</source>
        <translation>테스트 숫자 %1</translation>
    </message>
    <message>
        <source>Give the model the first pixels of a digit (in its sampling order) and let it finish. Draw with the left mouse button, erase with the right.</source>
        <translation>숫자의 처음 몇 픽셀(모델의 샘플링 순서 기준)을 모델에 주고 나머지를 완성하게 해 보세요. 마우스 왼쪽 버튼으로 그리고 오른쪽 버튼으로 지웁니다.</translation>
    </message>
    <message>
        <source>given pixels:</source>
        <translation>주어진 픽셀 수:</translation>
    </message>
    <message>
        <source>%1 ways the model finishes it as a %2:</source>
        <translation>모델이 숫자 %2 모양으로 완성한 %1가지 결과:</translation>
    </message>
    <message>
        <source>Given pixels</source>
        <translation>주어진 픽셀</translation>
    </message>
    <message>
        <source>Digit to complete</source>
        <translation>완성할 숫자</translation>
    </message>
    <message>
        <source>The start of a digit: the given pixels, in sampling order, that the model finishes</source>
        <translation>숫자의 앞부분: 샘플링 순서로 주어진 픽셀들이며, 모델이 나머지를 완성합니다</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::ConfusionHeatmap</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>row share</source>
        <translation>행 비율</translation>
    </message>
    <message>
        <source>true %1, predicted %2: 1 digit</source>
        <translation>실제 %1, 예측 %2: 1개</translation>
    </message>
    <message>
        <source>true %1, predicted %2: %3 digits</source>
        <translation>실제 %1, 예측 %2: %3개</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::ContinuationsView</name>
    <message>
        <source>What could happen next? 16 ways the model could finish this digit. Black: the pixels decided so far; blue: what the model adds.</source>
        <translation>다음에는 어떻게 될까? 모델이 이 숫자를 완성할 수 있는 16가지 방법입니다. 검은색: 지금까지 정해진 픽셀, 파란색: 모델이 더한 픽셀.</translation>
    </message>
    <message>
        <source>Average of the 16: how often each pixel ends up on (darker = more often).</source>
        <translation>16개의 평균: 각 픽셀이 최종적으로 켜지는 빈도 (진할수록 자주).</translation>
    </message>
    <message>
        <source>Average of the continuations</source>
        <translation>이어 그린 것들의 평균</translation>
    </message>
    <message>
        <source>How often each pixel ends up on in the 16 continuations: darker means more often</source>
        <translation>16가지 이어 그리기에서 각 픽셀이 켜지는 빈도: 어두울수록 자주 켜짐</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::ContinuousPanel</name>
    <message>
        <source>Chart</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>표</translation>
    </message>
    <message>
        <source>How it is measured</source>
        <translation>측정 방법</translation>
    </message>
    <message>
        <source>Views of the bits per dimension</source>
        <translation>차원당 비트 보기</translation>
    </message>
    <message>
        <source>No greyscale models are loaded: only the published figures are shown.</source>
        <translation>불러온 회색조 모델이 없어 발표된 수치만 보여 줍니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;At the bin centres&lt;/b&gt; every pixel is scored at u = ½, as the Density page scores a drawing. That is not a random dequantization, and the figure is not comparable with the published ones. With u drawn at random, log p is averaged over the whole bin of each grey level, and by Jensen&apos;s inequality the bits per dimension that result are at least the bits of the 8-bit digits themselves: the figure is an upper bound on what the digits cost, which is why the literature reports it. One point per bin bounds nothing: a density peaked on the 256 grey levels scores far better at their centres than across their bins.</source>
        <translation>&lt;b&gt;구간 중심에서&lt;/b&gt;는 ‘밀도 추정’ 페이지가 그림에 점수를 매길 때처럼 모든 픽셀을 u = ½에서 평가합니다. 이는 무작위 역양자화가 아니므로, 이 수치는 발표된 수치와 비교할 수 없습니다. u를 무작위로 뽑으면 log p가 각 회색 단계의 구간 전체에 걸쳐 평균되고, 옌센 부등식에 따라 그렇게 얻은 차원당 비트는 8비트 숫자 자체의 비트 수보다 작아질 수 없습니다. 따라서 이 수치는 숫자를 나타내는 데 드는 비트의 상한이 되며, 논문들이 이 수치를 보고하는 이유가 여기에 있습니다. 구간마다 한 점만 보면 아무것도 보장하지 못합니다: 256개 회색 단계에 뾰족하게 몰린 밀도는 구간 전체보다 구간 중심에서 훨씬 좋은 점수를 받습니다.</translation>
    </message>
    <message>
        <source>Greyscale digits are measured the way published work measures them: each 8-bit pixel value v becomes y = (v + u) / 256 with noise u drawn uniformly from [0, 1), and a model scores −log₂ p(y) / 784 + 8 bits per dimension on the test digits. Lower is better. The RNADE and the independent mixtures were trained here; the published figures (hatched) come from deeper models and other setups, and the Setups tab says how each was measured.</source>
        <translation>회색조 숫자는 발표된 연구와 같은 방식으로 측정합니다: 8비트 픽셀 값 v마다 [0, 1)에서 균등하게 뽑은 잡음 u를 더해 y = (v + u) / 256으로 바꾸고, 테스트 숫자에서 모델의 점수를 차원당 비트 −log₂ p(y) / 784 + 8로 매깁니다. 낮을수록 좋습니다. RNADE와 독립 가우시안 혼합은 여기서 학습했습니다. 발표된 수치(빗금)는 더 깊은 모델과 다른 설정에서 나온 것이며, 각 수치를 어떻게 측정했는지는 ‘설정’ 탭에 적혀 있습니다.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Setups</source>
        <translation>설정</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::CountTable</name>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Factorization</source>
        <translation>분해 방식</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <source>log₁₀</source>
        <translation>log₁₀</translation>
    </message>
    <message>
        <source>Storage
(4 B each)</source>
        <translation>저장 공간
(개당 4 B)</translation>
    </message>
    <message>
        <source>vs. memory
(%1)</source>
        <translation>메모리 대비
(%1)</translation>
    </message>
    <message>
        <source>vs. atoms
(10⁸⁰)</source>
        <translation>원자 수 대비
(10⁸⁰)</translation>
    </message>
    <message>
        <source>4 bytes (one float) per parameter</source>
        <translation>파라미터 하나에 4바이트 (float 하나)</translation>
    </message>
    <message>
        <source>This computer&apos;s physical memory</source>
        <translation>이 컴퓨터의 물리 메모리</translation>
    </message>
    <message>
        <source>About 10⁸⁰ atoms make up the observable universe</source>
        <translation>관측 가능한 우주는 약 10⁸⁰개의 원자로 이루어져 있습니다</translation>
    </message>
    <message>
        <source>%1 digits — select the row and press Ctrl+C to copy them all</source>
        <translation>%1자리 — 행을 선택하고 Ctrl+C를 누르면 전부 복사됩니다</translation>
    </message>
    <message>
        <source>Parameters of each factorization</source>
        <translation>분해 방식별 파라미터 수</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::CountingPage</name>
    <message>
        <source>Parameters</source>
        <translation>파라미터 수</translation>
    </message>
    <message>
        <source>Growth chart</source>
        <translation>증가 그래프</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>인자</translation>
    </message>
    <message>
        <source>Formula, digits</source>
        <translation>식과 자릿수</translation>
    </message>
    <message>
        <source>RNADE</source>
        <translation>RNADE</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>세는 중…</translation>
    </message>
    <message>
        <source>What is modelled</source>
        <translation>모델링 대상</translation>
    </message>
    <message>
        <source>Factor by factor</source>
        <translation>인자별 개수</translation>
    </message>
    <message>
        <source>Parameters of each factorization</source>
        <translation>분해 방식별 파라미터 수</translation>
    </message>
    <message>
        <source>n = %1 variables is more than this page counts (at most %2). Choose a smaller image.</source>
        <translation>변수 n = %1개는 이 페이지가 셀 수 있는 범위(최대 %2개)를 넘습니다. 더 작은 이미지를 고르세요.</translation>
    </message>
    <message>
        <source>The Markov order m = %1 must be smaller than n = %2: a factor can only condition on variables that come before it.</source>
        <translation>마르코프 차수 m = %1은(는) n = %2보다 작아야 합니다. 각 인자는 자기보다 앞선 변수만 조건으로 둘 수 있습니다.</translation>
    </message>
    <message>
        <source>These values cannot be counted: %1</source>
        <translation>이 값으로는 셀 수 없습니다: %1</translation>
    </message>
    <message>
        <source>⚠ %1 The last valid result stays on screen.</source>
        <translation>⚠ %1 마지막으로 유효했던 결과를 그대로 보여 줍니다.</translation>
    </message>
    <message>
        <source>Exact count, %1 (%2 digits)</source>
        <translation>정확한 개수, %1 (%2자리)</translation>
    </message>
    <message>
        <source>Graphical model: %1</source>
        <translation>그래프 모델: %1</translation>
    </message>
    <message>
        <source>With n = %1 variables the drawing would be a tangle of arrows. Choose a custom image with at most %2 pixels to see it.</source>
        <translation>변수가 n = %1개이면 그림이 화살표로 뒤엉킵니다. 그림을 보려면 픽셀이 %2개 이하인 사용자 지정 이미지를 고르세요.</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::DecisionView</name>
    <message>
        <source>No model is loaded, so there is nothing to sample.</source>
        <translation>불러온 모델이 없어 샘플링할 수 없습니다.</translation>
    </message>
    <message>
        <source>Next: i = 1 of %1 · row %2, column %3</source>
        <translation>다음: i = 1 / %1 · %2행, %3열</translation>
    </message>
    <message>
        <source>Press Play or Step to flip the first coin.</source>
        <translation>‘재생’이나 ‘한 단계’를 눌러 첫 동전을 던지세요.</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>아직 정해지지 않음</translation>
    </message>
    <message>
        <source>i = %1 of %2 · row %3, column %4</source>
        <translation>i = %1 / %2 · %3행, %4열</translation>
    </message>
    <message>
        <source>on</source>
        <translation>켜짐</translation>
    </message>
    <message>
        <source>off</source>
        <translation>꺼짐</translation>
    </message>
    <message>
        <source>Given: this pixel is copied from the digit being completed.</source>
        <translation>주어짐: 이 픽셀은 완성 중인 숫자에서 그대로 복사합니다.</translation>
    </message>
    <message>
        <source>given → %1</source>
        <translation>주어짐 → %1</translation>
    </message>
    <message>
        <source>Greedy (temperature 0): no coin, the more likely value wins.</source>
        <translation>탐욕적 선택 (온도 0): 동전 없이 더 그럴듯한 값을 고릅니다.</translation>
    </message>
    <message>
        <source>p %1 0.5 → %2</source>
        <translation>p %1 0.5 → %2</translation>
    </message>
    <message>
        <source>At temperature T = %1 the coin uses p&lt;sub&gt;T&lt;/sub&gt; = %2.</source>
        <translation>온도 T = %1에서 동전의 확률은 p&lt;sub&gt;T&lt;/sub&gt; = %2입니다.</translation>
    </message>
    <message>
        <source>u = %1 %2 %3 = %4 → %5</source>
        <translation>u = %1 %2 %3 = %4 → %5</translation>
    </message>
    <message>
        <source>So far: log p(x&lt;sub&gt;&amp;lt;%1&lt;/sub&gt;) = %2 nats</source>
        <translation>지금까지: log p(x&lt;sub&gt;&amp;lt;%1&lt;/sub&gt;) = %2 내트</translation>
    </message>
    <message>
        <source>&lt;b&gt;log p(x) = %1 nats&lt;/b&gt;; &amp;nbsp;−log&lt;sub&gt;2&lt;/sub&gt; p(x) / %2 = %3 bits per pixel</source>
        <translation>&lt;b&gt;log p(x) = %1 내트&lt;/b&gt;; &amp;nbsp;−log&lt;sub&gt;2&lt;/sub&gt; p(x) / %2 = 픽셀당 %3 비트</translation>
    </message>
    <message>
        <source>So far: log p(x&lt;sub&gt;&amp;lt;%1&lt;/sub&gt; | y = %2) = %3 nats</source>
        <translation>지금까지: log p(x&lt;sub&gt;&amp;lt;%1&lt;/sub&gt; | y = %2) = %3 내트</translation>
    </message>
    <message>
        <source>&lt;b&gt;log p(x | y = %1) = %2 nats&lt;/b&gt;; &amp;nbsp;−log&lt;sub&gt;2&lt;/sub&gt; p(x | y = %1) / %3 = %4 bits per pixel</source>
        <translation>&lt;b&gt;log p(x | y = %1) = %2 내트&lt;/b&gt;; &amp;nbsp;−log&lt;sub&gt;2&lt;/sub&gt; p(x | y = %1) / %3 = 픽셀당 %4 비트</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::DensityPage</name>
    <message>
        <source>Black-and-white pixels; the arrow keys move the cursor and Space sets a pixel. The answers beside it follow every change.</source>
        <translation>흑백 픽셀; 화살표 키로 커서를 옮기고 Space로 픽셀을 칠합니다. 옆의 답은 바뀔 때마다 따라 바뀝니다.</translation>
    </message>
    <message>
        <source>Drawing canvas, 28 by 28 pixels</source>
        <translation>그리기 캔버스, 28×28 픽셀</translation>
    </message>
    <message>
        <source>Left button draws, right erases; keyboard: arrows and Space.</source>
        <translation>왼쪽 버튼으로 그리고 오른쪽 버튼으로 지웁니다. 키보드: 화살표와 Space.</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>숫자 그리기</translation>
    </message>
    <message>
        <source>Real test digits: click one to load it</source>
        <translation>실제 테스트 숫자: 클릭하면 불러옵니다</translation>
    </message>
    <message>
        <source>p(x&lt;sub&gt;i&lt;/sub&gt; = 1 | earlier pixels)</source>
        <translation>p(x&lt;sub&gt;i&lt;/sub&gt; = 1 | 앞선 픽셀)</translation>
    </message>
    <message>
        <source>0: off</source>
        <translation>0: 꺼짐</translation>
    </message>
    <message>
        <source>1: on</source>
        <translation>1: 켜짐</translation>
    </message>
    <message>
        <source>%1 Your drawing is unchanged.</source>
        <translation>%1 그림은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Open a drawing</source>
        <translation>그림 열기</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Save the drawing</source>
        <translation>그림 저장</translation>
    </message>
    <message>
        <source>Surprise −log&lt;sub&gt;2&lt;/sub&gt; p(x&lt;sub&gt;i&lt;/sub&gt; | earlier pixels)</source>
        <translation>놀람도 −log&lt;sub&gt;2&lt;/sub&gt; p(x&lt;sub&gt;i&lt;/sub&gt; | 앞선 픽셀)</translation>
    </message>
    <message>
        <source>0 bits</source>
        <translation>0 비트</translation>
    </message>
    <message>
        <source>≥ %1 bits</source>
        <translation>≥ %1 비트</translation>
    </message>
    <message>
        <source>How probable?</source>
        <translation>얼마나 그럴듯한가?</translation>
    </message>
    <message>
        <source>Which digit?</source>
        <translation>어떤 숫자인가?</translation>
    </message>
    <message>
        <source>Pixel maps</source>
        <translation>픽셀 지도</translation>
    </message>
    <message>
        <source>Every model</source>
        <translation>모든 모델</translation>
    </message>
    <message>
        <source>p(x): the drawing&apos;s probability and its verdict</source>
        <translation>p(x): 그림의 확률과 판정</translation>
    </message>
    <message>
        <source>p(y | x): Bayes&apos; rule names the digit</source>
        <translation>p(y | x): 베이즈 정리가 숫자를 가린다</translation>
    </message>
    <message>
        <source>Each pixel&apos;s conditional probability and surprise</source>
        <translation>픽셀마다의 조건부 확률과 놀라움</translation>
    </message>
    <message>
        <source>The same drawing under every model</source>
        <translation>모든 모델로 본 같은 그림</translation>
    </message>
    <message>
        <source>Questions about the drawing</source>
        <translation>그림에 대한 질문</translation>
    </message>
    <message>
        <source>Density page: undo the last stroke</source>
        <translation>밀도 페이지: 마지막 획 되돌리기</translation>
    </message>
    <message>
        <source>Density page: redo the stroke undone</source>
        <translation>밀도 페이지: 되돌린 획 다시 하기</translation>
    </message>
    <message>
        <source>p(x)</source>
        <translation>p(x)</translation>
    </message>
    <message>
        <source>p(y | x)</source>
        <translation>p(y | x)</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::DockTitle</name>
    <message>
        <source>Close the lesson panel (Ctrl+L opens it again)</source>
        <translation>수업 패널 닫기 (Ctrl+L로 다시 열기)</translation>
    </message>
    <message>
        <source>Close the lesson panel</source>
        <translation>수업 패널 닫기</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::DrawingToolbar</name>
    <message>
        <source>✎ Draw</source>
        <translation>✎ 그리기</translation>
    </message>
    <message>
        <source>⌫ Erase</source>
        <translation>⌫ 지우기</translation>
    </message>
    <message>
        <source>Left button draws; the right button always erases.</source>
        <translation>왼쪽 버튼으로 그립니다. 오른쪽 버튼은 항상 지웁니다.</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>브러시</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>↶ Undo</source>
        <translation>↶ 실행 취소</translation>
    </message>
    <message>
        <source>↷ Redo</source>
        <translation>↷ 다시 실행</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>모두 지우기</translation>
    </message>
    <message>
        <source>Normalize like MNIST</source>
        <translation>MNIST처럼 정규화</translation>
    </message>
    <message>
        <source>Crop to the ink, scale into a 20×20 box keeping the aspect ratio, and centre by the centre of mass, as MNIST&apos;s digits were.</source>
        <translation>MNIST 숫자를 만들 때처럼, 그린 부분만 잘라 내고 가로세로 비율을 유지한 채 20×20 상자에 맞춘 뒤 무게중심이 가운데 오도록 옮깁니다.</translation>
    </message>
    <message>
        <source>Open PNG…</source>
        <translation>PNG 열기…</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>PNG 저장…</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::ExactCountView</name>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy every digit to the clipboard</source>
        <translation>모든 자릿수를 클립보드에 복사</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::ExportMenu</name>
    <message>
        <source>Save picture as PNG…</source>
        <translation>그림을 PNG로 저장…</translation>
    </message>
    <message>
        <source>Save picture as SVG…</source>
        <translation>그림을 SVG로 저장…</translation>
    </message>
    <message>
        <source>Save picture as PNG</source>
        <translation>그림을 PNG로 저장</translation>
    </message>
    <message>
        <source>Save picture as SVG</source>
        <translation>그림을 SVG로 저장</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 그림 (*.svg)</translation>
    </message>
    <message>
        <source>Picture not saved</source>
        <translation>그림을 저장하지 못함</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::FactorBreakdown</name>
    <message>
        <source>⋮ %1 factors in all</source>
        <translation>⋮ 인자 총 %1개</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>합계: %1</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::GalleryStrip</name>
    <message>
        <source>A real test digit: %1</source>
        <translation>실제 테스트 숫자: %1</translation>
    </message>
    <message>
        <source>Earlier test digits</source>
        <translation>앞의 테스트 숫자</translation>
    </message>
    <message>
        <source>More test digits</source>
        <translation>다음 테스트 숫자</translation>
    </message>
    <message>
        <source>Real test digits</source>
        <translation>실제 테스트 숫자</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::GreyDensityPanel</name>
    <message>
        <source>From density to probability</source>
        <translation>밀도에서 확률로</translation>
    </message>
    <message>
        <source>log p(y)</source>
        <translation>log p(y)</translation>
    </message>
    <message>
        <source>bits per dimension</source>
        <translation>차원당 비트</translation>
    </message>
    <message>
        <source>percentile among test digits</source>
        <translation>테스트 숫자 중 백분위</translation>
    </message>
    <message>
        <source>The log density of the drawing, in nats. It can be positive.</source>
        <translation>그림의 로그 밀도(단위: 내트). 양수일 수도 있습니다.</translation>
    </message>
    <message>
        <source>−log p(y) / (%1 ln 2) + log₂ %2: bits per pixel of the 8-bit data.</source>
        <translation>−log p(y) / (%1 ln 2) + log₂ %2: 8비트 데이터의 픽셀당 비트.</translation>
    </message>
    <message>
        <source>Why a density can exceed 1</source>
        <translation>밀도가 1을 넘을 수 있는 이유</translation>
    </message>
    <message>
        <source>%1 nats</source>
        <translation>%1 내트</translation>
    </message>
    <message>
        <source>Higher than the log density of %1% of the test digits.</source>
        <translation>테스트 숫자의 %1%보다 로그 밀도가 높습니다.</translation>
    </message>
    <message>
        <source>Unknown: this model file carries no percentiles of its test digits.</source>
        <translation>알 수 없음: 이 모델 파일에는 테스트 숫자의 백분위가 없습니다.</translation>
    </message>
    <message>
        <source>No greyscale model is loaded.</source>
        <translation>불러온 회색조 모델이 없습니다.</translation>
    </message>
    <message>
        <source>%1 on the real test digits: %2 bits/dim at the bin centres, as your drawing is scored; %3 bits/dim with random u, as papers measure.</source>
        <translation>%1, 실제 테스트 숫자 기준: 구간 중심에서 %2 bits/dim (그림을 평가하는 방식), 무작위 u로 %3 bits/dim (논문의 측정 방식).</translation>
    </message>
    <message>
        <source>%1 on the real test digits: %2 bits/dim with random u, as papers measure.</source>
        <translation>%1, 실제 테스트 숫자 기준: 무작위 u로 %2 bits/dim (논문의 측정 방식).</translation>
    </message>
    <message>
        <source>%1 has not been measured on the test digits.</source>
        <translation>%1은(는) 아직 테스트 숫자에서 측정하지 않았습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A density is not a probability.&lt;/b&gt; p(y&lt;sub&gt;i&lt;/sub&gt; | earlier pixels) says how tightly the model packs its belief around y&lt;sub&gt;i&lt;/sub&gt;. Where it is sure, a narrow Gaussian rises far above 1: one of width s peaks at 1/(s√(2π)).</source>
        <translation>&lt;b&gt;밀도는 확률이 아닙니다.&lt;/b&gt; p(y&lt;sub&gt;i&lt;/sub&gt; | 앞선 픽셀)의 값은 모델이 y&lt;sub&gt;i&lt;/sub&gt; 주변에 믿음을 얼마나 촘촘히 모아 두는지를 나타냅니다. 모델이 확신하는 곳에서는 좁은 가우시안이 1보다 훨씬 높이 솟습니다: 폭이 s인 가우시안의 꼭대기 높이는 1/(s√(2π))입니다.</translation>
    </message>
    <message>
        <source>In this drawing the largest is p(y&lt;sub&gt;i&lt;/sub&gt; | earlier) = %1, at row %2, column %3; %4 of the %5 pixels have a density above 1.</source>
        <translation>이 그림에서 가장 큰 값은 %2행, %3열의 p(y&lt;sub&gt;i&lt;/sub&gt; | 앞선 픽셀) = %1이고, 픽셀 %5개 중 %4개의 밀도가 1보다 큽니다.</translation>
    </message>
    <message>
        <source>So log p(y) = Σ&lt;sub&gt;i&lt;/sub&gt; log p(y&lt;sub&gt;i&lt;/sub&gt; | earlier) can be positive; here it is %1 nats.</source>
        <translation>그래서 log p(y) = Σ&lt;sub&gt;i&lt;/sub&gt; log p(y&lt;sub&gt;i&lt;/sub&gt; | 앞선 픽셀)의 값은 양수일 수 있습니다. 여기서는 %1 내트입니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A probability needs a bin.&lt;/b&gt; The 8-bit value v stands for every y in [v/%1, (v + 1)/%1), a bin 1/%1 wide; its probability is the density&apos;s area over the bin, about density × width where the density is flat across it: %2 × 1/%1 = %3 for that pixel.</source>
        <translation>&lt;b&gt;확률에는 구간이 필요합니다.&lt;/b&gt; 8비트 값 v는 [v/%1, (v + 1)/%1)에 속하는 모든 y, 즉 폭이 1/%1인 구간을 나타냅니다. 그 확률은 구간 위에서 밀도 곡선 아래의 넓이이고, 구간 안에서 밀도가 평평하다면 대략 밀도 × 폭입니다: 이 픽셀에서는 %2 × 1/%1 = %3입니다.</translation>
    </message>
    <message>
        <source>Above 1, which no probability can be: the model&apos;s Gaussian there is narrower than the bin, so its height at the centre overstates the area. That is why scores at the bin centres come out lower than with random u, and a blank canvas can even reach 0 bits/dim.</source>
        <translation>1보다 크므로 확률일 수 없습니다: 그 자리에서 모델의 가우시안이 구간보다 좁아서, 중심에서의 높이가 넓이를 부풀립니다. 그래서 구간 중심에서 잰 bits/dim이 무작위 u로 잰 값보다 낮게 나오고, 빈 캔버스는 0 bits/dim에 이를 수도 있습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;So we report bits per dimension of the 8-bit data:&lt;/b&gt; −log p(y) / (%1 ln 2) + log&lt;sub&gt;2&lt;/sub&gt; %2 = %3 bits here. They count what encoding the 8-bit digit costs, do not change when y is rescaled, and are what papers report.</source>
        <translation>&lt;b&gt;그래서 8비트 데이터의 차원당 비트를 보고합니다:&lt;/b&gt; −log p(y) / (%1 ln 2) + log&lt;sub&gt;2&lt;/sub&gt; %2 = 여기서는 %3 비트. 이 값은 8비트 숫자를 부호화하는 데 드는 비용을 세고, y의 눈금을 바꿔도 변하지 않으며, 논문들이 보고하는 값입니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A probability needs a bin:&lt;/b&gt; the 8-bit value v stands for every y in a bin 1/%1 wide, and its probability is about the density times that width. Bits per dimension of the 8-bit data count that probability; they are what papers report.</source>
        <translation>&lt;b&gt;확률에는 구간이 필요합니다:&lt;/b&gt; 8비트 값 v는 폭이 1/%1인 구간 안의 모든 y를 나타내고, 그 확률은 대략 밀도 × 구간 폭입니다. 8비트 데이터의 차원당 비트는 이 확률을 셉니다. 논문들이 보고하는 값이 바로 이것입니다.</translation>
    </message>
    <message>
        <source>The percentile ranks the drawing among real test digits prepared the same way: their 8-bit values scored at the bin centres, y = (v + ½)/%1.</source>
        <translation>백분위는 같은 방식으로 준비한 실제 테스트 숫자들 사이에서 그림의 순위를 매깁니다: 테스트 숫자의 8비트 값을 구간 중심 y = (v + ½)/%1에서 평가했습니다.</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::GreyDensityView</name>
    <message>
        <source>Bits per dimension</source>
        <translation>차원당 비트</translation>
    </message>
    <message>
        <source>From a density to the probability of an 8-bit value</source>
        <translation>밀도에서 8비트 값의 확률로</translation>
    </message>
    <message>
        <source>Why a density can exceed 1</source>
        <translation>밀도가 1을 넘을 수 있는 이유</translation>
    </message>
    <message>
        <source>Grey pixels from paper to ink; the arrow keys move the cursor, Space adds ink and Delete erases. The answers beside it follow every change.</source>
        <translation>종이에서 잉크까지의 회색 픽셀; 화살표 키로 커서를 옮기고 Space로 잉크를 더하며 Delete로 지웁니다. 옆의 답은 바뀔 때마다 따라 바뀝니다.</translation>
    </message>
    <message>
        <source>Density above 1?</source>
        <translation>밀도가 1보다 크다?</translation>
    </message>
    <message>
        <source>Greyscale drawing canvas, 28 by 28 pixels</source>
        <translation>회색조 그리기 캔버스, 28×28 픽셀</translation>
    </message>
    <message>
        <source>Draw in grey</source>
        <translation>회색으로 그리기</translation>
    </message>
    <message>
        <source>A soft brush: left button adds ink, right erases; keyboard: arrows, Space and Delete.</source>
        <translation>부드러운 브러시: 왼쪽 버튼으로 잉크를 더하고 오른쪽 버튼으로 지웁니다. 키보드: 화살표, Space, Delete.</translation>
    </message>
    <message>
        <source>Real test digits in grey: click one to load it</source>
        <translation>회색조 실제 테스트 숫자: 클릭하면 불러옵니다</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>모델(&amp;M)</translation>
    </message>
    <message>
        <source>Surprise −log p(y&lt;sub&gt;i&lt;/sub&gt; | earlier pixels), nats</source>
        <translation>놀람도 −log p(y&lt;sub&gt;i&lt;/sub&gt; | 앞선 픽셀), 내트</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blue&lt;/b&gt;: below 0, the density is above 1 — the model was sure and right. &lt;b&gt;Orange&lt;/b&gt;: a value it did not expect.</source>
        <translation>&lt;b&gt;파란색&lt;/b&gt;: 0보다 작음, 즉 밀도가 1보다 큼 — 모델이 확신했고 맞았습니다. &lt;b&gt;주황색&lt;/b&gt;: 모델이 예상하지 못한 값.</translation>
    </message>
    <message>
        <source>Expected E[y&lt;sub&gt;i&lt;/sub&gt; | earlier pixels]</source>
        <translation>기댓값 E[y&lt;sub&gt;i&lt;/sub&gt; | 앞선 픽셀]</translation>
    </message>
    <message>
        <source>0: paper</source>
        <translation>0: 종이</translation>
    </message>
    <message>
        <source>1: ink</source>
        <translation>1: 잉크</translation>
    </message>
    <message>
        <source>How probable?</source>
        <translation>얼마나 그럴듯한가?</translation>
    </message>
    <message>
        <source>Pixel maps</source>
        <translation>픽셀 지도</translation>
    </message>
    <message>
        <source>p(y): the drawing&apos;s density, bits per dimension and percentile</source>
        <translation>p(y): 그림의 밀도, 차원당 비트, 백분위</translation>
    </message>
    <message>
        <source>Each pixel&apos;s surprise and what the model expected there</source>
        <translation>픽셀마다의 놀라움과 모델이 기대한 값</translation>
    </message>
    <message>
        <source>Questions about the drawing</source>
        <translation>그림에 대한 질문</translation>
    </message>
    <message>
        <source>p(y)</source>
        <translation>p(y)</translation>
    </message>
    <message>
        <source>Density &gt; 1?</source>
        <translation>밀도 &gt; 1?</translation>
    </message>
    <message>
        <source>Bits/dim</source>
        <translation>비트/차원</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::GreyDrawView</name>
    <message>
        <source>i = %1 of %2 · pixel σ(%1) at row %3, column %4</source>
        <translation>i = %1 / %2 · 픽셀 σ(%1), %3행, %4열</translation>
    </message>
    <message>
        <source>No greyscale model is loaded, so there is nothing to sample.</source>
        <translation>불러온 회색조 모델이 없어 샘플링할 수 없습니다.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>다음: %1</translation>
    </message>
    <message>
        <source>not drawn yet</source>
        <translation>아직 그리지 않음</translation>
    </message>
    <message>
        <source>The model expects E[y] = %1 there.</source>
        <translation>이 자리에서 모델의 기댓값은 E[y] = %1입니다.</translation>
    </message>
    <message>
        <source>Press Play or Step to draw the first grey value.</source>
        <translation>‘재생’이나 ‘한 단계’를 눌러 첫 회색 값을 뽑으세요.</translation>
    </message>
    <message>
        <source>y = %1 → grey %2</source>
        <translation>y = %1 → 회색 단계 %2</translation>
    </message>
    <message>
        <source>log p(y&lt;sub&gt;%1&lt;/sub&gt; | y&lt;sub&gt;&amp;lt;%1&lt;/sub&gt;) = %2 nats</source>
        <translation>log p(y&lt;sub&gt;%1&lt;/sub&gt; | y&lt;sub&gt;&amp;lt;%1&lt;/sub&gt;) = %2 내트</translation>
    </message>
    <message>
        <source>The model expected E[y] = %1.</source>
        <translation>모델의 기댓값은 E[y] = %1이었습니다.</translation>
    </message>
    <message>
        <source>The model expected E[y] = %1; drawn at temperature T = %2.</source>
        <translation>모델의 기댓값은 E[y] = %1이었고, 온도 T = %2에서 뽑았습니다.</translation>
    </message>
    <message>
        <source>A density, not a probability: it can exceed 1, its log be &gt; 0.</source>
        <translation>확률이 아니라 밀도입니다: 1을 넘을 수 있고, 그 로그는 0보다 클 수 있습니다.</translation>
    </message>
    <message>
        <source>The curves and log p are the model&apos;s own (T = 1), not the tempered ones the draw used.</source>
        <translation>곡선과 log p는 뽑을 때 쓴 온도 조정 분포가 아니라 모델 본래의 분포(T = 1)를 따릅니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;log p(y) = %1 nats · %2 bits/dim&lt;/b&gt; (all %3 pixels)</source>
        <translation>&lt;b&gt;log p(y) = %1 내트 · %2 bits/dim&lt;/b&gt; (픽셀 %3개 전체)</translation>
    </message>
    <message>
        <source>So far: log p(y&lt;sub&gt;≤%1&lt;/sub&gt;) = %2 nats · %3 bits/dim over these %1 pixels</source>
        <translation>지금까지: log p(y&lt;sub&gt;≤%1&lt;/sub&gt;) = %2 내트 · 이 픽셀 %1개 기준 %3 bits/dim</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::GreyModelLibrary</name>
    <message>
        <source>The model “%1” was not found: it belongs in %2.</source>
        <translation>모델 “%1”을(를) 찾을 수 없습니다: %2에 있어야 합니다.</translation>
    </message>
    <message>
        <source>Could not load the model “%1”: %2</source>
        <translation>모델 “%1”을(를) 불러올 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::GreyModelPicker</name>
    <message>
        <source>%1 · test bits/dim not measured yet</source>
        <translation>%1 · 테스트 bits/dim 아직 측정 안 됨</translation>
    </message>
    <message>
        <source>%1 · test %2 bits/dim</source>
        <translation>%1 · 테스트 %2 bits/dim</translation>
    </message>
    <message>
        <source>Greyscale model</source>
        <translation>회색조 모델</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::GreyPixelReadout</name>
    <message>
        <source>Point at a pixel of the drawing or of either map to see how the model scored it.</source>
        <translation>그림이나 두 히트맵 중 하나의 픽셀에 포인터를 올리면 모델이 그 픽셀에 매긴 점수를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pixel row %1, column %2&lt;/b&gt; — step %3 of %4; value %5 of %6, y = %7.</source>
        <translation>&lt;b&gt;픽셀 %1행, %2열&lt;/b&gt; — %4단계 중 %3단계, 값 %5 / %6, y = %7.</translation>
    </message>
    <message>
        <source>The model expected E[y&lt;sub&gt;i&lt;/sub&gt; | earlier] = %1.</source>
        <translation>모델의 기댓값: E[y&lt;sub&gt;i&lt;/sub&gt; | 앞선 픽셀] = %1.</translation>
    </message>
    <message>
        <source>p(y&lt;sub&gt;i&lt;/sub&gt; | earlier) = %1, log p = %2 nats.</source>
        <translation>p(y&lt;sub&gt;i&lt;/sub&gt; | 앞선 픽셀) = %1, log p = %2 내트.</translation>
    </message>
    <message>
        <source>Surprise −log p = %1 nats: negative, the density is above 1.</source>
        <translation>놀람도 −log p = %1 내트: 음수이므로 밀도가 1보다 큽니다.</translation>
    </message>
    <message>
        <source>Surprise −log p = %1 nats.</source>
        <translation>놀람도 −log p = %1 내트.</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::GreySamplingView</name>
    <message>
        <source>&amp;Model</source>
        <translation>모델(&amp;M)</translation>
    </message>
    <message>
        <source>The grey digit so far, on MNIST&apos;s black background</source>
        <translation>MNIST의 검은 배경 위에 지금까지 그린 회색 숫자</translation>
    </message>
    <message>
        <source>E[y&lt;sub&gt;i&lt;/sub&gt; | y&lt;sub&gt;&amp;lt;i&lt;/sub&gt;] so far</source>
        <translation>지금까지의 E[y&lt;sub&gt;i&lt;/sub&gt; | y&lt;sub&gt;&amp;lt;i&lt;/sub&gt;]</translation>
    </message>
    <message>
        <source>The mixture of the current pixel: K Gaussians, each weighted by π&lt;sub&gt;k&lt;/sub&gt;, computed from the pixels drawn before it</source>
        <translation>현재 픽셀의 혼합: π&lt;sub&gt;k&lt;/sub&gt;로 가중한 가우시안 K개. 이 픽셀보다 앞서 그린 픽셀들로 계산합니다</translation>
    </message>
    <message>
        <source>What the model expected at each pixel drawn so far: the mean of its mixture, Σ&lt;sub&gt;k&lt;/sub&gt; π&lt;sub&gt;k&lt;/sub&gt; μ&lt;sub&gt;k&lt;/sub&gt;</source>
        <translation>지금까지 그린 각 픽셀에서 모델이 예상한 값: 그 혼합의 평균 Σ&lt;sub&gt;k&lt;/sub&gt; π&lt;sub&gt;k&lt;/sub&gt; μ&lt;sub&gt;k&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>0 black</source>
        <translation>0 검은색</translation>
    </message>
    <message>
        <source>0.5</source>
        <translation>0.5</translation>
    </message>
    <message>
        <source>1 white</source>
        <translation>1 흰색</translation>
    </message>
    <message>
        <source>%1 = Σ&lt;sub&gt;k&lt;/sub&gt; π&lt;sub&gt;k&lt;/sub&gt; N(y; μ&lt;sub&gt;k&lt;/sub&gt;, s&lt;sub&gt;k&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt;), K = %2</source>
        <translation>%1 = Σ&lt;sub&gt;k&lt;/sub&gt; π&lt;sub&gt;k&lt;/sub&gt; N(y; μ&lt;sub&gt;k&lt;/sub&gt;, s&lt;sub&gt;k&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt;), K = %2</translation>
    </message>
    <message>
        <source>Point at a pixel to see how it was drawn.</source>
        <translation>픽셀에 포인터를 올리면 어떻게 그려졌는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Row %1, column %2 (i = %3)</source>
        <translation>%1행, %2열 (i = %3)</translation>
    </message>
    <message>
        <source>%1: not drawn yet.</source>
        <translation>%1: 아직 그리지 않음.</translation>
    </message>
    <message>
        <source>%1: y = %2 → grey %3, E[y] = %4, log p = %5 nats</source>
        <translation>%1: y = %2 → 회색 단계 %3, E[y] = %4, log p = %5 내트</translation>
    </message>
    <message>
        <source>Grey sample canvas</source>
        <translation>회색조 샘플 캔버스</translation>
    </message>
    <message>
        <source>Expected grey values</source>
        <translation>회색 기댓값</translation>
    </message>
    <message>
        <source>What the model expected at each pixel drawn so far, from dark (0) to yellow (1)</source>
        <translation>지금까지 그린 각 픽셀에서 모델이 기대한 값, 어두운 색(0)부터 노란색(1)까지</translation>
    </message>
    <message>
        <source>Grey digit</source>
        <translation>회색 숫자</translation>
    </message>
    <message>
        <source>E[y] so far</source>
        <translation>지금까지의 E[y]</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::GreyToolbar</name>
    <message>
        <source>✎ Draw</source>
        <translation>✎ 그리기</translation>
    </message>
    <message>
        <source>Left button adds ink with a soft edge; the right button always erases.</source>
        <translation>왼쪽 버튼으로 가장자리가 부드러운 잉크를 더합니다. 오른쪽 버튼은 항상 지웁니다.</translation>
    </message>
    <message>
        <source>⌫ Erase</source>
        <translation>⌫ 지우기</translation>
    </message>
    <message>
        <source>↶ Undo</source>
        <translation>↶ 실행 취소</translation>
    </message>
    <message>
        <source>↷ Redo</source>
        <translation>↷ 다시 실행</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>모두 지우기</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>브러시</translation>
    </message>
    <message>
        <source>Width of the soft brush: its edge is always one pixel of grey.</source>
        <translation>부드러운 브러시의 굵기: 가장자리는 항상 회색 한 픽셀입니다.</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::GrowthChart</name>
    <message>
        <source>Parameters as n grows</source>
        <translation>n에 따른 파라미터 수</translation>
    </message>
    <message>
        <source>Chain rule (= full joint)</source>
        <translation>연쇄법칙 (= 전체 결합분포)</translation>
    </message>
    <message>
        <source>parameters (log scale)</source>
        <translation>파라미터 (로그 스케일)</translation>
    </message>
    <message>
        <source>number of variables n (dashed: n = %1)</source>
        <translation>변수 개수 n (점선: n = %1)</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::HiddenUnitsPanel</name>
    <message>
        <source>Which NADE&apos;s hidden units to show</source>
        <translation>은닉 유닛을 볼 NADE</translation>
    </message>
    <message>
        <source>What NADE&apos;s hidden units look for</source>
        <translation>NADE의 은닉 유닛이 찾는 것</translation>
    </message>
    <message>
        <source>No NADE is loaded.</source>
        <translation>불러온 NADE가 없습니다.</translation>
    </message>
    <message>
        <source>Point at a tile to read its unit.</source>
        <translation>타일에 포인터를 올리면 그 유닛의 정보가 나옵니다.</translation>
    </message>
    <message>
        <source>Unit %1 of %2, rank %3 · ‖W[h, :]‖ = %4</source>
        <translation>유닛 %1 / %2, 순위 %3 · ‖W[h, :]‖ = %4</translation>
    </message>
    <message>
        <source>&lt;br&gt;pixel (%1, %2): w = %3</source>
        <translation>&lt;br&gt;픽셀 (%1, %2): w = %3</translation>
    </message>
    <message>
        <source>Each tile is one hidden unit h: its input weights W[h, i] drawn at the pixel i they read. Ink on an &lt;span style=&quot;color:#b35806&quot;&gt;&lt;b&gt;orange&lt;/b&gt;&lt;/span&gt; pixel raises the unit&apos;s input, ink on a &lt;span style=&quot;color:#2166ac&quot;&gt;&lt;b&gt;blue&lt;/b&gt;&lt;/span&gt; one lowers it. Shown: the %1 units with the largest ‖W[h,&amp;nbsp;:]‖, largest first.</source>
        <translation>타일 하나가 은닉 유닛 h 하나입니다. 입력 가중치 W[h, i]를 그 가중치가 읽는 픽셀 i 자리에 그렸습니다. &lt;span style=&quot;color:#b35806&quot;&gt;&lt;b&gt;주황색&lt;/b&gt;&lt;/span&gt; 픽셀에 잉크가 있으면 유닛의 입력이 커지고, &lt;span style=&quot;color:#2166ac&quot;&gt;&lt;b&gt;파란색&lt;/b&gt;&lt;/span&gt; 픽셀에 잉크가 있으면 작아집니다. ‖W[h,&amp;nbsp;:]‖가 가장 큰 유닛 %1개를 큰 순서대로 보여 줍니다.</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::KeptModels</name>
    <message>
        <source>Models trained here are kept in your data folder and appear in every page&apos;s model list, also after a restart.</source>
        <translation>여기서 학습한 모델은 사용자 데이터 폴더에 보관되며, 다시 시작한 뒤에도 모든 페이지의 모델 목록에 나타납니다.</translation>
    </message>
    <message>
        <source>&amp;Delete the selected model</source>
        <translation>선택한 모델 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>No model kept yet.</source>
        <translation>아직 보관한 모델이 없습니다.</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::LabelPicker</name>
    <message>
        <source>&amp;Digit y</source>
        <translation>숫자 y(&amp;D)</translation>
    </message>
    <message>
        <source>Choose a digit and the model draws one: it samples p(x | y). “any” samples p(x) = Σ&lt;sub&gt;y&lt;/sub&gt; p(y) p(x | y).</source>
        <translation>숫자를 고르면 모델이 그 숫자를 그립니다: p(x | y)에서 샘플링합니다. “아무 숫자”는 p(x) = Σ&lt;sub&gt;y&lt;/sub&gt; p(y) p(x | y)에서 샘플링합니다.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>아무 숫자</translation>
    </message>
    <message>
        <source>Any digit: sample p(x) = Σ&lt;sub&gt;y&lt;/sub&gt; p(y) p(x | y)</source>
        <translation>아무 숫자: p(x) = Σ&lt;sub&gt;y&lt;/sub&gt; p(y) p(x | y)에서 샘플링</translation>
    </message>
    <message>
        <source>Draw a %1: sample p(x | y = %1)</source>
        <translation>%1 그리기: p(x | y = %1)에서 샘플링</translation>
    </message>
    <message>
        <source>sampling p(x) = Σ&lt;sub&gt;y&lt;/sub&gt; p(y) p(x | y)</source>
        <translation>p(x) = Σ&lt;sub&gt;y&lt;/sub&gt; p(y) p(x | y)에서 샘플링</translation>
    </message>
    <message>
        <source>sampling p(x | y = %1)</source>
        <translation>p(x | y = %1)에서 샘플링</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::LessonPanel</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 이전</translation>
    </message>
    <message>
        <source>Previous step (Page Up)</source>
        <translation>이전 단계 (Page Up)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <source>Next step (Page Down)</source>
        <translation>다음 단계 (Page Down)</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>%2단계 중 %1단계</translation>
    </message>
    <message>
        <source>Lesson step</source>
        <translation>수업 단계</translation>
    </message>
    <message>
        <source>Close the lesson panel (Ctrl+L opens it again)</source>
        <translation>수업 패널 닫기 (Ctrl+L로 다시 열기)</translation>
    </message>
    <message>
        <source>Close the lesson panel</source>
        <translation>수업 패널 닫기</translation>
    </message>
    <message>
        <source>Part %1 of %2 of this step</source>
        <translation>이 단계의 %2개 부분 중 %1번째</translation>
    </message>
    <message>
        <source>Previous part of this step (Page Up)</source>
        <translation>이 단계의 이전 부분 (Page Up)</translation>
    </message>
    <message>
        <source>Next part of this step (Page Down)</source>
        <translation>이 단계의 다음 부분 (Page Down)</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::LikelihoodChart</name>
    <message>
        <source>Histogram of log p(x) over the real test digits</source>
        <translation>실제 테스트 숫자의 log p(x) 히스토그램</translation>
    </message>
    <message>
        <source>How many test digits have each log p(x), in nats; your drawing is marked at %1 nats.</source>
        <translation>각 log p(x)(내트)를 갖는 테스트 숫자의 수; 내 그림은 %1 내트에 표시됩니다.</translation>
    </message>
    <message>
        <source>The dashed threshold line is at %1 nats.</source>
        <translation>점선 임계값은 %1 내트에 있습니다.</translation>
    </message>
    <message>
        <source>real test digits</source>
        <translation>실제 테스트 숫자</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>임계값</translation>
    </message>
    <message>
        <source>log p(x) in nats  (→ more probable)</source>
        <translation>log p(x), 단위 내트  (→ 확률 높음)</translation>
    </message>
    <message>
        <source>% of test digits</source>
        <translation>테스트 숫자 %</translation>
    </message>
    <message>
        <source>This model file carries no test-set scores.</source>
        <translation>이 모델 파일에는 테스트 세트 점수가 없습니다.</translation>
    </message>
    <message>
        <source>your drawing: %1 nats (off the scale)</source>
        <translation>내 그림: %1 내트 (눈금 밖)</translation>
    </message>
    <message>
        <source>your drawing</source>
        <translation>내 그림</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::LikelihoodTable</name>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>log p(x | y)</source>
        <translation>log p(x | y)</translation>
    </message>
    <message>
        <source>log p(y)</source>
        <translation>log p(y)</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::LivePanel</name>
    <message>
        <source>log p(x) = %1 nats</source>
        <translation>log p(x) = %1 nats</translation>
    </message>
    <message>
        <source>&amp;Curve against</source>
        <translation>곡선의 가로축(&amp;C)</translation>
    </message>
    <message>
        <source>training images seen</source>
        <translation>학습에 쓴 이미지 수</translation>
    </message>
    <message>
        <source>wall time</source>
        <translation>경과 시간</translation>
    </message>
    <message>
        <source>16 samples from the current weights</source>
        <translation>현재 가중치에서 뽑은 샘플 16개</translation>
    </message>
    <message>
        <source>A real test digit</source>
        <translation>실제 테스트 숫자</translation>
    </message>
    <message>
        <source>Hidden units (strongest 30)</source>
        <translation>은닉 유닛 (가장 강한 30개)</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;after %2 images</source>
        <translation>%1&lt;br&gt;이미지 %2개 학습 후</translation>
    </message>
    <message>
        <source>waiting for the first weights</source>
        <translation>첫 가중치를 기다리는 중</translation>
    </message>
    <message>
        <source>Lower is better. Validation: held-out digits the model never trains on. * Scored on the %1, not on ours.</source>
        <translation>낮을수록 좋습니다. 검증: 모델이 한 번도 학습하지 않는 따로 둔 숫자. * 우리 이진화가 아닌 %1에서 잰 값입니다.</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::MainWindow</name>
    <message>
        <source>PixelChain — autoregressive models, pixel by pixel</source>
        <translation>PixelChain — 픽셀 하나씩 보는 자기회귀 모델</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>파라미터 세기</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>샘플링</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>밀도 추정</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>강의</translation>
    </message>
    <message>
        <source>The model “%1” is not loaded; keeping the current one.</source>
        <translation>모델 “%1”을(를) 불러오지 않았으므로 현재 모델을 유지합니다.</translation>
    </message>
    <message>
        <source>PixelChain sessions (*.pixelchain);;All files (*)</source>
        <translation>PixelChain 세션 (*.pixelchain);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About PixelChain</source>
        <translation>PixelChain 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About PixelChain</source>
        <translation>PixelChain 정보</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;PixelChain %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A desktop lab for autoregressive generative models: count parameters, watch a NADE sample a digit pixel by pixel, and score your own drawing.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;PixelChain %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;자기회귀 생성 모델을 위한 데스크톱 실습 도구입니다. 파라미터 수를 세고, NADE가 숫자를 픽셀 하나씩 샘플링하는 과정을 지켜보고, 직접 그린 그림의 점수를 매겨 보세요.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>세션 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save session as…</source>
        <translation>다른 이름으로 세션 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>Open &amp;model file…</source>
        <translation>모델 파일 열기(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>발표 모드(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>전체 화면(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Hide controls</source>
        <translation>조작 패널 숨기기(&amp;H)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>원래 크기(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Reduced motion</source>
        <translation>움직임 줄이기(&amp;R)</translation>
    </message>
    <message>
        <source>Sampling redraws at most four times a second</source>
        <translation>샘플링 화면을 1초에 최대 네 번만 다시 그립니다</translation>
    </message>
    <message>
        <source>Next page or lesson step</source>
        <translation>다음 페이지 또는 강의 단계</translation>
    </message>
    <message>
        <source>Previous page or lesson step</source>
        <translation>이전 페이지 또는 강의 단계</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <source>That translation could not be loaded; the language stays as it was.</source>
        <translation>번역을 불러올 수 없어 언어를 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>L&amp;essons</source>
        <translation>강의(&amp;E)</translation>
    </message>
    <message>
        <source>Show the &amp;lesson panel</source>
        <translation>강의 패널 보기(&amp;L)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>세션 열기</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>세션 저장</translation>
    </message>
    <message>
        <source>Saved the session to %1</source>
        <translation>세션을 %1에 저장했습니다</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>모델 열기</translation>
    </message>
    <message>
        <source>Model files (*.safetensors);;All files (*)</source>
        <translation>모델 파일 (*.safetensors);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation>%1을(를) 불러왔습니다</translation>
    </message>
    <message>
        <source>Could not save the session to %1: %2</source>
        <translation>세션을 %1에 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Could not open the session %1: %2</source>
        <translation>세션 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Could not open the session %1: it names an unknown page “%2”.</source>
        <translation>세션 %1을(를) 열 수 없습니다: 알 수 없는 페이지 “%2”을(를) 가리킵니다.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>Page as &amp;PNG picture…</source>
        <translation>페이지를 PNG 그림으로(&amp;P)…</translation>
    </message>
    <message>
        <source>Page as &amp;SVG drawing…</source>
        <translation>페이지를 SVG 그림으로(&amp;S)…</translation>
    </message>
    <message>
        <source>Sampling run as animated &amp;GIF…</source>
        <translation>샘플링 과정을 GIF 애니메이션으로(&amp;G)…</translation>
    </message>
    <message>
        <source>Conditionals of the drawing as &amp;CSV…</source>
        <translation>그림의 조건부 확률을 CSV로(&amp;C)…</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 그림 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 그림 (*.svg)</translation>
    </message>
    <message>
        <source>Export page</source>
        <translation>페이지 내보내기</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>내보냈습니다: %1</translation>
    </message>
    <message>
        <source>Export sampling run</source>
        <translation>샘플링 과정 내보내기</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif)</source>
        <translation>GIF 애니메이션 (*.gif)</translation>
    </message>
    <message>
        <source>Export conditionals</source>
        <translation>조건부 확률 내보내기</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV 표 (*.csv)</translation>
    </message>
    <message>
        <source>Play or pause sampling</source>
        <translation>샘플링 재생 또는 일시 정지</translation>
    </message>
    <message>
        <source>Decide one more pixel</source>
        <translation>픽셀 하나 더 정하기</translation>
    </message>
    <message>
        <source>Undo the last pixel</source>
        <translation>마지막 픽셀 되돌리기</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::MixturePlot</name>
    <message>
        <source>sum p(y)</source>
        <translation>합 p(y)</translation>
    </message>
    <message>
        <source>drawn y</source>
        <translation>뽑은 y</translation>
    </message>
    <message>
        <source>components πₖ N(μₖ, sₖ²)</source>
        <translation>성분 πₖ N(μₖ, sₖ²)</translation>
    </message>
    <message>
        <source>grey value y  (0 black, 1 white)</source>
        <translation>회색 값 y  (0 검은색, 1 흰색)</translation>
    </message>
    <message>
        <source>density p(y), log scale</source>
        <translation>밀도 p(y), 로그 스케일</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::ModelChart</name>
    <message>
        <source>Chart of parameters against test NLL</source>
        <translation>매개변수 대 테스트 NLL 차트</translation>
    </message>
    <message>
        <source>Each measured model is a point: its number of parameters on a log scale across, its test NLL in nats up. The published results stand in a column of their own on the right. The table tab gives the same figures.</source>
        <translation>측정한 각 모델은 점 하나입니다: 가로는 로그 척도의 매개변수 개수, 세로는 nat 단위의 테스트 NLL입니다. 발표된 결과는 오른쪽에 따로 한 열로 있습니다. 표 탭에 같은 수치가 있습니다.</translation>
    </message>
    <message>
        <source>Parameters against test NLL (lower is better)</source>
        <translation>파라미터 수에 따른 테스트 NLL (낮을수록 좋음)</translation>
    </message>
    <message>
        <source>test NLL (nats)</source>
        <translation>테스트 NLL (내트)</translation>
    </message>
    <message>
        <source>parameters (log scale) · full joint table ≈ 10²³⁶, far off →</source>
        <translation>파라미터 수 (로그 스케일) · 전체 결합분포 표 ≈ 10²³⁶, 한참 오른쪽 →</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n orderings: %2–%3</source>
        <translation>
            <numerusform>%1, 순서 %n개: %2–%3</numerusform>
        </translation>
    </message>
    <message>
        <source>published (%1)</source>
        <translation>발표된 결과 (%1)</translation>
    </message>
    <message>
        <source>published, other binarization</source>
        <translation>발표된 결과, 다른 이진화</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::ModelLibrary</name>
    <message>
        <source>Could not load the model “%1”: %2</source>
        <translation>모델 “%1”을(를) 불러올 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::ModelPicker</name>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>모델(&amp;M)</translation>
    </message>
    <message>
        <source>%1 · test NLL not measured yet</source>
        <translation>%1 · 테스트 NLL 아직 측정 안 됨</translation>
    </message>
    <message>
        <source>%1 · test NLL %2 nats</source>
        <translation>%1 · 테스트 NLL %2 내트</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>NLL not measured</source>
        <translation>NLL 측정 안 됨</translation>
    </message>
    <message>
        <source>%1 nats</source>
        <translation>%1 내트</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::ModelScoreList</name>
    <message>
        <source>model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>log p</source>
        <translation>log p</translation>
    </message>
    <message>
        <source>bits/px</source>
        <translation>비트/픽셀</translation>
    </message>
    <message>
        <source>percentile</source>
        <translation>백분위</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::ModelTable</name>
    <message>
        <source>Table of the models&apos; parameters and test NLL</source>
        <translation>모델의 매개변수와 테스트 NLL 표</translation>
    </message>
    <message>
        <source>Columns of the models table</source>
        <translation>모델 표의 열</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <source>Test NLL (nats)</source>
        <translation>테스트 NLL (내트)</translation>
    </message>
    <message>
        <source>Bits per pixel</source>
        <translation>픽셀당 비트</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>미기재</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <source>Full joint table,
fitted by maximum likelihood</source>
        <translation>전체 결합분포 표,
최대 우도로 적합</translation>
    </message>
    <message>
        <source>∞</source>
        <translation>∞</translation>
    </message>
    <message>
        <source>fitted to the %1 training digits, it gives probability 0 to every digit it has not seen: the test NLL is infinite (overfitting at its extreme)</source>
        <translation>학습 숫자 %1개에 적합하면 보지 못한 모든 숫자에 확률 0을 줍니다: 테스트 NLL은 무한대입니다 (과적합의 극단)</translation>
    </message>
    <message>
        <source>Table of the published results</source>
        <translation>발표된 결과 표</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::ModelsPage</name>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Hidden units</source>
        <translation>은닉 유닛</translation>
    </message>
    <message>
        <source>Classifiers</source>
        <translation>분류기</translation>
    </message>
    <message>
        <source>Greyscale (bits/dim)</source>
        <translation>회색조 (bits/dim)</translation>
    </message>
    <message>
        <source>Parameters against test NLL for every model, beside published results</source>
        <translation>모든 모델의 매개변수 대 테스트 NLL, 발표된 결과와 나란히</translation>
    </message>
    <message>
        <source>NADE&apos;s hidden units: the input weights of each, drawn as an image</source>
        <translation>NADE의 은닉 유닛: 각 유닛의 입력 가중치를 이미지로 그린 것</translation>
    </message>
    <message>
        <source>Sections of the Models page</source>
        <translation>모델 페이지의 구역</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Read with care</source>
        <translation>주의해서 읽기</translation>
    </message>
    <message>
        <source>Which test digits each row was scored on, and why the full joint table scores an infinite NLL</source>
        <translation>각 행이 어떤 테스트 숫자로 평가되었는지, 그리고 완전 결합 표의 NLL이 왜 무한대인지</translation>
    </message>
    <message>
        <source>Views of the comparison</source>
        <translation>비교 보기</translation>
    </message>
    <message>
        <source>&lt;b&gt;Samples&lt;/b&gt;, one column per model, same seeds</source>
        <translation>&lt;b&gt;샘플&lt;/b&gt;: 모델마다 한 열, 같은 시드</translation>
    </message>
    <message>
        <source>New samples</source>
        <translation>새 샘플</translation>
    </message>
    <message>
        <source>Orderings</source>
        <translation>픽셀 순서</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>샘플</translation>
    </message>
    <message>
        <source>Digits drawn from every model with the same seeds</source>
        <translation>모든 모델에서 같은 시드로 뽑은 숫자</translation>
    </message>
    <message>
        <source>One digit under the orderings of the shipped NADEs (of %1! possible)</source>
        <translation>숫자 하나를 함께 제공된 NADE들의 순서로 비교 (가능한 순서 %1!개 중)</translation>
    </message>
    <message>
        <source>The models measured here are all scored on the same MNIST test digits, binarized stochastically with a fixed seed. The published rows were scored on the %1: a different binarization of the test digits, so compare them with care. More parameters can buy a lower negative log-likelihood (NLL), but only while the data can fit them: the full joint table has %2 numbers, and fitted by maximum likelihood to the %3 training digits it gives probability 0 to every digit it has not seen, so its test NLL is infinite. That is overfitting at its extreme.</source>
        <translation>여기서 측정한 모델은 모두 고정 시드로 확률적으로 이진화한 같은 MNIST 테스트 숫자로 평가합니다. 발표된 결과는 %1로 평가했습니다. 테스트 숫자를 다르게 이진화한 것이므로 비교할 때 주의하세요. 파라미터가 많으면 음의 로그 우도(NLL)가 낮아질 수 있지만, 데이터로 그 파라미터를 맞출 수 있을 때까지만입니다. 전체 결합분포 표는 수가 %2개이고, 학습 숫자 %3개에 최대 우도로 적합하면 보지 못한 모든 숫자에 확률 0을 주므로 테스트 NLL이 무한대가 됩니다. 과적합의 극단입니다.</translation>
    </message>
    <message>
        <source>Generative classifiers (Bayes&apos; rule) beside a discriminative one</source>
        <translation>생성 분류기(베이즈 정리)와 판별 분류기 나란히 비교</translation>
    </message>
    <message>
        <source>RNADE on greyscale digits in bits per dimension, beside published results</source>
        <translation>회색조 숫자에 대한 RNADE의 차원당 비트를 발표된 결과와 나란히 비교</translation>
    </message>
    <message>
        <source>Measured here</source>
        <translation>여기서 측정</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>발표된 결과</translation>
    </message>
    <message>
        <source>Scored here on the same MNIST test digits, binarized stochastically with a fixed seed.</source>
        <translation>고정 시드로 확률적으로 이진화한 같은 MNIST 테스트 숫자로 여기서 평가했습니다.</translation>
    </message>
    <message>
        <source>Published results, scored on the %1.</source>
        <translation>발표된 결과로, %1로 평가했습니다.</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::OrderingColumn</name>
    <message>
        <source>Still training: %1 nats on the validation digits so far</source>
        <translation>아직 학습 중: 지금까지 검증 숫자에서 %1 내트</translation>
    </message>
    <message>
        <source>%1 nats</source>
        <translation>%1 내트</translation>
    </message>
    <message>
        <source>log p(x) = %1 nats = %2 bits</source>
        <translation>log p(x) = %1 내트 = %2 비트</translation>
    </message>
    <message>
        <source>Raster: row by row</source>
        <translation>래스터: 한 행씩</translation>
    </message>
    <message>
        <source>Column by column</source>
        <translation>한 열씩</translation>
    </message>
    <message>
        <source>Spiral from the centre</source>
        <translation>중심에서 나선형으로</translation>
    </message>
    <message>
        <source>Random (seed %1)</source>
        <translation>무작위 (시드 %1)</translation>
    </message>
    <message>
        <source>Custom order</source>
        <translation>사용자 지정 순서</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>아직 측정 안 됨</translation>
    </message>
    <message>
        <source>step %1 of %2&lt;br&gt;p = %3 · %4 bits</source>
        <translation>%2단계 중 %1단계&lt;br&gt;p = %3 · %4 비트</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::OrderingExplorer</name>
    <message>
        <source>Visiting order</source>
        <translation>방문 순서</translation>
    </message>
    <message>
        <source>Conditionals</source>
        <translation>조건부 확률</translation>
    </message>
    <message>
        <source>Surprise</source>
        <translation>놀라움</translation>
    </message>
    <message>
        <source>Which map each ordering shows</source>
        <translation>각 순서가 보여 줄 지도</translation>
    </message>
    <message>
        <source>No NADE is loaded, so there is no ordering to compare.</source>
        <translation>불러온 NADE가 없어 비교할 순서가 없습니다.</translation>
    </message>
    <message>
        <source>Test digit </source>
        <translation>테스트 숫자 </translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> / %1</translation>
    </message>
    <message>
        <source>One of the real test digits the Density page offers</source>
        <translation>‘밀도 추정’ 페이지에 있는 실제 테스트 숫자 중 하나</translation>
    </message>
    <message>
        <source>Sample a digit</source>
        <translation>숫자 샘플링</translation>
    </message>
    <message>
        <source>A digit drawn by the NADE of the first column, next seed</source>
        <translation>첫 번째 열의 NADE가 다음 시드로 그린 숫자</translation>
    </message>
    <message>
        <source>&lt;b&gt;The digit&lt;/b&gt;</source>
        <translation>&lt;b&gt;숫자&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 비트</translation>
    </message>
    <message>
        <source>Visiting order σ; the line is its first %1 steps</source>
        <translation>방문 순서 σ. 선은 처음 %1단계입니다</translation>
    </message>
    <message>
        <source>first</source>
        <translation>처음</translation>
    </message>
    <message>
        <source>last</source>
        <translation>마지막</translation>
    </message>
    <message>
        <source>p(x&lt;sub&gt;i&lt;/sub&gt; = 1 | pixels before i)</source>
        <translation>p(x&lt;sub&gt;i&lt;/sub&gt; = 1 | i 앞의 픽셀)</translation>
    </message>
    <message>
        <source>0: off</source>
        <translation>0: 꺼짐</translation>
    </message>
    <message>
        <source>1: on</source>
        <translation>1: 켜짐</translation>
    </message>
    <message>
        <source>Surprise −log&lt;sub&gt;2&lt;/sub&gt; p(x&lt;sub&gt;i&lt;/sub&gt; | pixels before i)</source>
        <translation>놀람도 −log&lt;sub&gt;2&lt;/sub&gt; p(x&lt;sub&gt;i&lt;/sub&gt; | i 앞의 픽셀)</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;log p(x)&lt;/b&gt; of this digit (higher is more likely)</source>
        <translation>이 숫자의 &lt;b&gt;log p(x)&lt;/b&gt; (높을수록 그럴듯함)</translation>
    </message>
    <message>
        <source>Test NLL of the model, all test digits (lower is better)</source>
        <translation>모델의 테스트 NLL, 전체 테스트 숫자 기준 (낮을수록 좋음)</translation>
    </message>
    <message>
        <source>The pixel under the pointer</source>
        <translation>포인터 아래의 픽셀</translation>
    </message>
    <message>
        <source>A real %1 from the test set</source>
        <translation>테스트 세트의 실제 숫자 %1</translation>
    </message>
    <message>
        <source>Drawn by the NADE in order “%1”, seed %2</source>
        <translation>NADE가 “%1” 순서로 그린 숫자, 시드 %2</translation>
    </message>
    <message numerus="yes">
        <source>The chain rule is exact in each of the %1! orderings of the pixels; here are the NADEs trained in %n of them: compare their scores.</source>
        <translation>
            <numerusform>연쇄법칙은 픽셀의 %1!가지 순서 어디에서나 정확합니다. 여기에는 그중 %n개 순서로 학습한 NADE가 있습니다: 점수를 비교해 보세요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::PitfallNote</name>
    <message>
        <source>Pitfall: a blank canvas</source>
        <translation>함정: 빈 캔버스</translation>
    </message>
    <message>
        <source>Try a blank canvas</source>
        <translation>빈 캔버스로 해 보기</translation>
    </message>
    <message>
        <source>On an empty canvas every pixel is off, which is easy to predict, so log p can be large. Likelihood rewards predictable pixels, not digit-like shapes, so on its own it is an imperfect anomaly score. Whether the blank canvas beats every test digit depends on the model:</source>
        <translation>빈 캔버스에서는 모든 픽셀이 꺼져 있어 예측하기 쉬우므로 log p가 클 수 있습니다. 우도는 숫자다운 모양이 아니라 예측하기 쉬운 픽셀에 보상을 주므로, 그것만으로는 불완전한 이상 탐지 점수입니다. 빈 캔버스가 모든 테스트 숫자보다 확률이 높은지는 모델에 따라 다릅니다:</translation>
    </message>
    <message>
        <source>%1: blank %2 nats, most probable test digit %3 nats</source>
        <translation>%1: 빈 캔버스 %2 내트, 가장 확률이 높은 테스트 숫자 %3 내트</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>More probable than every test digit under: %1.&lt;br&gt;Not under: %2.</source>
        <translation>모든 테스트 숫자보다 확률이 높은 모델: %1.&lt;br&gt;그렇지 않은 모델: %2.</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::PixelModeSwitch</name>
    <message>
        <source>Pixels:</source>
        <translation>픽셀:</translation>
    </message>
    <message>
        <source>Binary pixels</source>
        <translation>이진 픽셀</translation>
    </message>
    <message>
        <source>Black-and-white drawings, scored by the models of binary digits.</source>
        <translation>흑백 그림을 이진 숫자 모델로 평가합니다.</translation>
    </message>
    <message>
        <source>Greyscale pixels (RNADE)</source>
        <translation>회색조 픽셀 (RNADE)</translation>
    </message>
    <message>
        <source>Grey drawings with a soft brush, scored by a density over grey values.</source>
        <translation>부드러운 브러시로 그린 회색 그림을 회색 값에 대한 밀도로 평가합니다.</translation>
    </message>
    <message>
        <source>Unavailable: no greyscale model is loaded.</source>
        <translation>사용할 수 없음: 불러온 회색조 모델이 없습니다.</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::PixelReadout</name>
    <message>
        <source>Point at a pixel of the drawing or of either map to see how the model scored it.</source>
        <translation>그림이나 두 히트맵 중 하나의 픽셀에 포인터를 올리면 모델이 그 픽셀에 매긴 점수를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pixel row %1, column %2&lt;/b&gt; — visited at step %3 of %4, it is %5.</source>
        <translation>&lt;b&gt;픽셀 %1행, %2열&lt;/b&gt; — %4단계 중 %3단계에 방문, 값: %5.</translation>
    </message>
    <message>
        <source>&lt;b&gt;on&lt;/b&gt;</source>
        <translation>&lt;b&gt;켜짐&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;off&lt;/b&gt;</source>
        <translation>&lt;b&gt;꺼짐&lt;/b&gt;</translation>
    </message>
    <message>
        <source>p(x&lt;sub&gt;i&lt;/sub&gt; = 1 | earlier pixels) = %1</source>
        <translation>p(x&lt;sub&gt;i&lt;/sub&gt; = 1 | 앞선 픽셀) = %1</translation>
    </message>
    <message>
        <source>surprise −log&lt;sub&gt;2&lt;/sub&gt; p(x&lt;sub&gt;i&lt;/sub&gt; | earlier) = %1 bits, %2% of −log&lt;sub&gt;2&lt;/sub&gt; p(x)</source>
        <translation>놀람도 −log&lt;sub&gt;2&lt;/sub&gt; p(x&lt;sub&gt;i&lt;/sub&gt; | 앞선 픽셀) = %1 비트, −log&lt;sub&gt;2&lt;/sub&gt; p(x)의 %2%</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::PosteriorChart</name>
    <message>
        <source>Posterior p(y | x) of each digit</source>
        <translation>각 숫자의 사후 확률 p(y | x)</translation>
    </message>
    <message>
        <source>Ten bars, one per digit; nothing is judged.</source>
        <translation>숫자마다 하나씩 막대 열 개; 판정된 것이 없습니다.</translation>
    </message>
    <message>
        <source>Ten bars, one per digit; the most probable digit is %1, p(%1 | x) = %2.</source>
        <translation>숫자마다 하나씩 막대 열 개; 가장 확률 높은 숫자는 %1, p(%1 | x) = %2.</translation>
    </message>
    <message>
        <source>p(y | x)</source>
        <translation>p(y | x)</translation>
    </message>
    <message>
        <source>most probable</source>
        <translation>가장 확률 높음</translation>
    </message>
    <message>
        <source>most probable: %1</source>
        <translation>가장 확률 높음: %1</translation>
    </message>
    <message>
        <source>digit y</source>
        <translation>숫자 y</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::PresetPicker</name>
    <message>
        <source>Coin</source>
        <translation>동전</translation>
    </message>
    <message>
        <source>Die</source>
        <translation>주사위</translation>
    </message>
    <message>
        <source>One RGB pixel</source>
        <translation>RGB 픽셀 하나</translation>
    </message>
    <message>
        <source>28×28 binary image</source>
        <translation>28×28 이진 이미지</translation>
    </message>
    <message>
        <source>28×28 grayscale image</source>
        <translation>28×28 회색조 이미지</translation>
    </message>
    <message>
        <source>Custom image</source>
        <translation>사용자 지정 이미지</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>프리셋</translation>
    </message>
    <message>
        <source>Faces</source>
        <translation>면 수</translation>
    </message>
    <message>
        <source>Width × height</source>
        <translation>너비 × 높이</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>채널 수</translation>
    </message>
    <message>
        <source>States k</source>
        <translation>상태 수 k</translation>
    </message>
    <message>
        <source>Markov order m</source>
        <translation>마르코프 차수 m</translation>
    </message>
    <message>
        <source>NADE hidden H</source>
        <translation>NADE 은닉 유닛 H</translation>
    </message>
    <message>
        <source>The lecture notes write 255 × 255 × 255 here. A pixel with 256 values per colour has 256³ = %1 states, so its table needs 256³ − 1 = %2 parameters (they sum to one).</source>
        <translation>강의 노트에는 여기가 255 × 255 × 255로 적혀 있습니다. 색마다 값이 256개인 픽셀은 상태가 256³ = %1개이므로, 표에는 파라미터가 256³ − 1 = %2개 필요합니다 (확률의 합이 1이므로).</translation>
    </message>
    <message>
        <source>n = 1 variable with k = %1 states</source>
        <translation>변수 n = 1개, 상태 k = %1개</translation>
    </message>
    <message>
        <source>n = %1 variables, k = %2 states each</source>
        <translation>변수 n = %1개, 각 변수의 상태 k = %2개</translation>
    </message>
    <message>
        <source>RNADE (greyscale)</source>
        <translation>RNADE (회색조)</translation>
    </message>
    <message>
        <source>RNADE hidden H</source>
        <translation>RNADE 은닉 유닛 H</translation>
    </message>
    <message>
        <source>Gaussians per pixel K</source>
        <translation>픽셀당 가우시안 수 K</translation>
    </message>
    <message>
        <source>RNADE reads each pixel&apos;s grey level as a real number and models it with a mixture of K Gaussians. The table counts the same pixels as categorical variables with %1 states each.</source>
        <translation>RNADE는 각 픽셀의 회색 단계를 실수로 읽고, 가우시안 K개의 혼합으로 모델링합니다. 표는 같은 픽셀을 각각 상태가 %1개인 카테고리 변수로 보고 셉니다.</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>너비</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>높이</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::RnadeCountView</name>
    <message>
        <source>RNADE beside the chain rule, D = %1 grey pixels</source>
        <translation>RNADE와 연쇄법칙 비교, 회색조 픽셀 D = %1개</translation>
    </message>
    <message>
        <source>RNADE</source>
        <translation>RNADE</translation>
    </message>
    <message>
        <source>Chain rule</source>
        <translation>연쇄법칙</translation>
    </message>
    <message>
        <source>RNADE, H = %1 hidden units, K = %2 Gaussians per pixel</source>
        <translation>RNADE, 은닉 유닛 H = %1개, 픽셀당 가우시안 K = %2개</translation>
    </message>
    <message>
        <source>p(y&lt;sub&gt;i&lt;/sub&gt; | y&lt;sub&gt;&amp;lt;i&lt;/sub&gt;) = ∑&lt;sub&gt;k&lt;/sub&gt; π&lt;sub&gt;ik&lt;/sub&gt; N(y&lt;sub&gt;i&lt;/sub&gt;; μ&lt;sub&gt;ik&lt;/sub&gt;, s&lt;sub&gt;ik&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt;), with π, μ and s from h&lt;sub&gt;i&lt;/sub&gt; = act(W&lt;sub&gt;·,&amp;lt;i&lt;/sub&gt; y&lt;sub&gt;&amp;lt;i&lt;/sub&gt; + c)</source>
        <translation>p(y&lt;sub&gt;i&lt;/sub&gt; | y&lt;sub&gt;&amp;lt;i&lt;/sub&gt;) = ∑&lt;sub&gt;k&lt;/sub&gt; π&lt;sub&gt;ik&lt;/sub&gt; N(y&lt;sub&gt;i&lt;/sub&gt;; μ&lt;sub&gt;ik&lt;/sub&gt;, s&lt;sub&gt;ik&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt;). π, μ, s는 h&lt;sub&gt;i&lt;/sub&gt; = act(W&lt;sub&gt;·,&amp;lt;i&lt;/sub&gt; y&lt;sub&gt;&amp;lt;i&lt;/sub&gt; + c)에서 계산</translation>
    </message>
    <message>
        <source>Chain rule, a table of %1 grey levels per factor</source>
        <translation>연쇄법칙, 인자마다 회색 단계 %1개짜리 표</translation>
    </message>
    <message>
        <source>p(x) = ∏&lt;sub&gt;i=1&lt;/sub&gt;&lt;sup&gt;D&lt;/sup&gt; p(x&lt;sub&gt;i&lt;/sub&gt; | x&lt;sub&gt;1&lt;/sub&gt;, …, x&lt;sub&gt;i−1&lt;/sub&gt;): %1&lt;sup&gt;i−1&lt;/sup&gt; contexts, %2 numbers each</source>
        <translation>p(x) = ∏&lt;sub&gt;i=1&lt;/sub&gt;&lt;sup&gt;D&lt;/sup&gt; p(x&lt;sub&gt;i&lt;/sub&gt; | x&lt;sub&gt;1&lt;/sub&gt;, …, x&lt;sub&gt;i−1&lt;/sub&gt;): 문맥 %1&lt;sup&gt;i−1&lt;/sup&gt;가지, 문맥마다 수 %2개</translation>
    </message>
    <message>
        <source>The table needs about &lt;b&gt;%1&lt;/b&gt; times as many parameters as RNADE.</source>
        <translation>표에는 RNADE보다 약 &lt;b&gt;%1&lt;/b&gt;배 많은 파라미터가 필요합니다.</translation>
    </message>
    <message>
        <source>Exact count, chain rule with %1 grey levels (%2 digits)</source>
        <translation>정확한 개수, 회색 단계 %1개인 연쇄법칙 (%2자리)</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::SampleGallery</name>
    <message>
        <source>64 samples from the current seed</source>
        <translation>현재 시드부터 뽑은 샘플 64개</translation>
    </message>
    <message>
        <source>Drawing 64 samples…</source>
        <translation>샘플 64개를 뽑는 중…</translation>
    </message>
    <message>
        <source>Seeds %1 to %2, drawn at once. Click one to watch it being drawn.</source>
        <translation>시드 %1~%2, 한 번에 뽑았습니다. 하나를 클릭하면 그려지는 과정을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Seeds %1 to %2, each drawn from p(x | y = %3). Click one to watch it being drawn.</source>
        <translation>시드 %1~%2, 각각 p(x | y = %3)에서 뽑았습니다. 하나를 클릭하면 그려지는 과정을 볼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::SampleStage</name>
    <message>
        <source>Point at a pixel to see how it was decided.</source>
        <translation>픽셀에 포인터를 올리면 어떻게 정해졌는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Show the order</source>
        <translation>순서 보기</translation>
    </message>
    <message>
        <source>Draw the path along which the model visits the pixels</source>
        <translation>모델이 픽셀을 방문하는 경로를 그립니다</translation>
    </message>
    <message>
        <source>Completing a digit: the first %1 pixels are given, the model draws the rest. “New sample” returns to free sampling.</source>
        <translation>숫자 완성: 처음 %1개 픽셀은 주어지고, 나머지는 모델이 그립니다. “새 샘플”을 누르면 자유 샘플링으로 돌아갑니다.</translation>
    </message>
    <message>
        <source>Row %1, column %2 (i = %3)</source>
        <translation>%1행, %2열 (i = %3)</translation>
    </message>
    <message>
        <source>%1: not decided yet.</source>
        <translation>%1: 아직 정해지지 않음.</translation>
    </message>
    <message>
        <source>given</source>
        <translation>주어짐</translation>
    </message>
    <message>
        <source>greedy</source>
        <translation>탐욕적</translation>
    </message>
    <message>
        <source>%1: p = %2, %3 → %4</source>
        <translation>%1: p = %2, %3 → %4</translation>
    </message>
    <message>
        <source>on</source>
        <translation>켜짐</translation>
    </message>
    <message>
        <source>off</source>
        <translation>꺼짐</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>지금까지의 %1</translation>
    </message>
    <message>
        <source>Sample canvas</source>
        <translation>샘플 캔버스</translation>
    </message>
    <message>
        <source>The digit being drawn pixel by pixel: decided pixels in black and white, the current pixel outlined, pixels still to come as a faint grid</source>
        <translation>픽셀 하나씩 그려지는 숫자: 결정된 픽셀은 검정과 흰색, 현재 픽셀은 테두리, 아직 남은 픽셀은 옅은 격자</translation>
    </message>
    <message>
        <source>Probability heatmap</source>
        <translation>확률 히트맵</translation>
    </message>
    <message>
        <source>For every pixel decided so far, the probability the model gave it of being on, from dark (0) to yellow (1)</source>
        <translation>지금까지 결정된 각 픽셀에 대해 모델이 켜질 확률로 준 값, 어두운 색(0)부터 노란색(1)까지</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::SampleStrip</name>
    <message>
        <source>%1, seed %2</source>
        <translation>%1, 시드 %2</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::SamplingControls</name>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>재생 또는 일시 정지 (Space)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>한 단계</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>끝까지</translation>
    </message>
    <message>
        <source>Decide every remaining pixel at once</source>
        <translation>남은 픽셀을 한 번에 모두 정하기</translation>
    </message>
    <message>
        <source>Pixels decided so far; drag to go back and forth</source>
        <translation>지금까지 정해진 픽셀. 끌어서 앞뒤로 이동합니다</translation>
    </message>
    <message>
        <source>New sample</source>
        <translation>새 샘플</translation>
    </message>
    <message>
        <source>The next seed: a new digit, drawn from the start</source>
        <translation>다음 시드: 새 숫자를 처음부터 그립니다</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>1 pixel/s</source>
        <translation>초당 1픽셀</translation>
    </message>
    <message>
        <source>4 pixels/s</source>
        <translation>초당 4픽셀</translation>
    </message>
    <message>
        <source>16 pixels/s</source>
        <translation>초당 16픽셀</translation>
    </message>
    <message>
        <source>60 pixels/s</source>
        <translation>초당 60픽셀</translation>
    </message>
    <message>
        <source>240 pixels/s</source>
        <translation>초당 240픽셀</translation>
    </message>
    <message>
        <source>A row at a time</source>
        <translation>한 번에 한 행</translation>
    </message>
    <message>
        <source>Instant</source>
        <translation>즉시</translation>
    </message>
    <message>
        <source>The same seed draws the same digit, every time</source>
        <translation>같은 시드는 언제나 같은 숫자를 그립니다</translation>
    </message>
    <message>
        <source>0 (greedy)</source>
        <translation>0 (탐욕적)</translation>
    </message>
    <message>
        <source>At 1 the samples follow the model; lower is bolder, higher is noisier; at 0 each pixel takes its more likely value</source>
        <translation>1이면 모델 분포 그대로 샘플링합니다. 낮을수록 선명하고 높을수록 잡음이 많아집니다. 0이면 항상 더 그럴듯한 값을 고릅니다</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>온도</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Undo the last pixel (←)</source>
        <translation>마지막 픽셀 되돌리기 (←)</translation>
    </message>
    <message>
        <source>Decide one more pixel (→)</source>
        <translation>픽셀 하나 더 정하기 (→)</translation>
    </message>
    <message>
        <source>At 1 the samples follow the model; lower narrows every Gaussian and favours the heavier components, higher is noisier</source>
        <translation>1이면 모델 분포 그대로 샘플링합니다. 낮을수록 모든 가우시안이 좁아지고 가중치가 큰 성분이 더 자주 뽑히며, 높을수록 잡음이 많아집니다</translation>
    </message>
    <message>
        <source>Pixels decided</source>
        <translation>결정된 픽셀</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::SamplingPage</name>
    <message>
        <source>Next?</source>
        <translation>다음은?</translation>
    </message>
    <message>
        <source>64 samples</source>
        <translation>샘플 64개</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>완성하기</translation>
    </message>
    <message>
        <source>What could happen next: 16 continuations of the current digit</source>
        <translation>다음에 올 수 있는 것: 현재 숫자를 이어 그린 16가지</translation>
    </message>
    <message>
        <source>64 samples drawn at once; click one to watch it</source>
        <translation>한 번에 뽑은 샘플 64개. 하나를 클릭하면 그리는 과정을 볼 수 있습니다</translation>
    </message>
    <message>
        <source>Let the model finish a digit you give it the start of</source>
        <translation>앞부분을 주면 모델이 숫자를 완성합니다</translation>
    </message>
    <message>
        <source>Binary pixels (NADE, …)</source>
        <translation>이진 픽셀 (NADE, …)</translation>
    </message>
    <message>
        <source>Every pixel is on or off: the model flips a coin for each one (Ctrl+G switches)</source>
        <translation>모든 픽셀은 켜짐 또는 꺼짐: 모델이 픽셀마다 동전을 던집니다 (Ctrl+G로 전환)</translation>
    </message>
    <message>
        <source>Greyscale pixels (RNADE)</source>
        <translation>회색조 픽셀 (RNADE)</translation>
    </message>
    <message>
        <source>Every pixel is a grey value in [0, 1]: RNADE draws it from a mixture of Gaussians (Ctrl+G switches)</source>
        <translation>모든 픽셀은 [0, 1] 사이의 회색 값: RNADE가 가우시안 혼합에서 뽑습니다 (Ctrl+G로 전환)</translation>
    </message>
    <message>
        <source>No greyscale model is loaded, so the greyscale mode is off</source>
        <translation>불러온 회색조 모델이 없어 회색조 모드를 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Sampling page: switch between binary and greyscale pixels</source>
        <translation>샘플링 페이지: 이진 픽셀과 회색조 픽셀 전환</translation>
    </message>
    <message>
        <source>This pixel</source>
        <translation>이 픽셀</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>수식</translation>
    </message>
    <message>
        <source>The probability of every pixel so far and the coin flip of the current one</source>
        <translation>지금까지 각 픽셀의 확률과 현재 픽셀의 동전 던지기</translation>
    </message>
    <message>
        <source>The factorization the model samples from, with the current numbers</source>
        <translation>모델이 샘플링하는 인수분해와 현재 숫자들</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::ScoreHeadline</name>
    <message>
        <source>log p(x)</source>
        <translation>log p(x)</translation>
    </message>
    <message>
        <source>bits per pixel</source>
        <translation>픽셀당 비트</translation>
    </message>
    <message>
        <source>percentile</source>
        <translation>백분위</translation>
    </message>
    <message>
        <source>%1 nats</source>
        <translation>%1 내트</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::ScorePanel</name>
    <message>
        <source>Scores</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>log p(x) of the drawing under each model</source>
        <translation>각 모델에서 그림의 log p(x)</translation>
    </message>
    <message>
        <source>Pitfall: a blank canvas</source>
        <translation>함정: 빈 캔버스</translation>
    </message>
    <message>
        <source>Why a high likelihood is not a likeness</source>
        <translation>높은 우도가 닮음은 아닌 이유</translation>
    </message>
    <message>
        <source>How probable is it?</source>
        <translation>얼마나 그럴듯한가?</translation>
    </message>
    <message>
        <source>The same drawing under each model</source>
        <translation>모델별로 본 같은 그림</translation>
    </message>
    <message>
        <source>No model is loaded, so nothing can be scored.</source>
        <translation>불러온 모델이 없어 점수를 매길 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::TrainingChart</name>
    <message>
        <source>training NLL</source>
        <translation>학습 NLL</translation>
    </message>
    <message>
        <source>training images seen (thousands)</source>
        <translation>학습에 쓴 이미지 수 (천 개)</translation>
    </message>
    <message>
        <source>wall time (seconds)</source>
        <translation>경과 시간 (초)</translation>
    </message>
    <message>
        <source>validation NLL</source>
        <translation>검증 NLL</translation>
    </message>
    <message>
        <source>shipped NADE %1</source>
        <translation>제공된 NADE %1</translation>
    </message>
    <message>
        <source>NADE paper %1*</source>
        <translation>NADE 논문 %1*</translation>
    </message>
    <message>
        <source>NLL (nats)</source>
        <translation>NLL (nats)</translation>
    </message>
    <message>
        <source>Learning curve</source>
        <translation>학습 곡선</translation>
    </message>
    <message>
        <source>Negative log-likelihood in nats against %1.</source>
        <translation>%1에 따른 음의 로그 가능도(nats).</translation>
    </message>
    <message>
        <source>Latest validation NLL: %1 nats.</source>
        <translation>최근 검증 NLL: %1 nats.</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::TrainingForm</name>
    <message>
        <source>NADE in one minute</source>
        <translation>1분 만에 NADE</translation>
    </message>
    <message>
        <source>NADE with 500 hidden units in raster order, trained for one minute</source>
        <translation>래스터 순서, 은닉 유닛 500개의 NADE를 1분 동안 학습</translation>
    </message>
    <message>
        <source>Independent pixels</source>
        <translation>독립 픽셀</translation>
    </message>
    <message>
        <source>Markov chain, order m</source>
        <translation>마르코프 연쇄, 차수 m</translation>
    </message>
    <message>
        <source>FVSBN</source>
        <translation>FVSBN</translation>
    </message>
    <message>
        <source>NADE</source>
        <translation>NADE</translation>
    </message>
    <message>
        <source>Class-conditional NADE</source>
        <translation>클래스 조건부 NADE</translation>
    </message>
    <message>
        <source>RNADE (grey digits)</source>
        <translation>RNADE (회색조 숫자)</translation>
    </message>
    <message>
        <source>raster</source>
        <translation>래스터</translation>
    </message>
    <message>
        <source>column</source>
        <translation>열</translation>
    </message>
    <message>
        <source>spiral</source>
        <translation>나선</translation>
    </message>
    <message>
        <source>random</source>
        <translation>무작위</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>모델(&amp;M)</translation>
    </message>
    <message>
        <source>Hidden units &amp;H</source>
        <translation>은닉 유닛 수 &amp;H</translation>
    </message>
    <message>
        <source>Markov order m</source>
        <translation>마르코프 차수 m</translation>
    </message>
    <message>
        <source>&amp;Ordering</source>
        <translation>순서(&amp;O)</translation>
    </message>
    <message>
        <source>Time &amp;budget</source>
        <translation>시간 예산(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Epochs</source>
        <translation>에포크(&amp;E)</translation>
    </message>
    <message>
        <source>Minibatch</source>
        <translation>미니배치</translation>
    </message>
    <message>
        <source>&amp;Learning rate</source>
        <translation>학습률(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Threads</source>
        <translation>스레드(&amp;T)</translation>
    </message>
    <message>
        <source>Training &amp;digits</source>
        <translation>학습 숫자 수(&amp;D)</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::TrainingPage</name>
    <message>
        <source>Choose a model and press Start.</source>
        <translation>모델을 고르고 시작을 누르세요.</translation>
    </message>
    <message>
        <source>Stopping; the best weights so far will be kept…</source>
        <translation>멈추는 중입니다. 지금까지 가장 좋은 가중치를 보관합니다…</translation>
    </message>
    <message>
        <source>Cancelling; nothing of this run will be kept…</source>
        <translation>취소하는 중입니다. 이번 학습은 아무것도 보관하지 않습니다…</translation>
    </message>
    <message>
        <source>Train a model</source>
        <translation>모델 학습</translation>
    </message>
    <message>
        <source>Choose the MNIST &amp;folder…</source>
        <translation>MNIST 폴더 선택(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>시작(&amp;S)</translation>
    </message>
    <message>
        <source>Stop and &amp;keep</source>
        <translation>멈추고 보관(&amp;K)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>취소(&amp;N)</translation>
    </message>
    <message>
        <source>Learning live</source>
        <translation>실시간 학습</translation>
    </message>
    <message>
        <source>Kept models</source>
        <translation>보관한 모델</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>계속(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>일시 정지(&amp;P)</translation>
    </message>
    <message>
        <source>Paused. The clock of the time budget is stopped too.</source>
        <translation>일시 정지했습니다. 시간 예산의 시계도 멈춥니다.</translation>
    </message>
    <message>
        <source>Loading the digits…</source>
        <translation>숫자를 불러오는 중…</translation>
    </message>
    <message>
        <source>No digits to train on: %1</source>
        <translation>학습할 숫자가 없습니다: %1</translation>
    </message>
    <message>
        <source>Data: the full MNIST from %1: %2 training digits and %3 held-out ones.</source>
        <translation>데이터: %1의 전체 MNIST, 학습 숫자 %2개와 따로 둔 숫자 %3개.</translation>
    </message>
    <message>
        <source>Data: the compact subset built into the app, %1 training digits and %2 held-out ones.</source>
        <translation>데이터: 앱에 내장된 작은 부분집합, 학습 숫자 %1개와 따로 둔 숫자 %2개.</translation>
    </message>
    <message>
        <source>(The folder was not used: %1)</source>
        <translation>(폴더를 쓰지 않았습니다: %1)</translation>
    </message>
    <message>
        <source>The folder with the four MNIST files</source>
        <translation>MNIST 파일 네 개가 있는 폴더</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>학습 중…</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 남음</translation>
    </message>
    <message>
        <source>Cancelled: nothing of this run was kept.</source>
        <translation>취소했습니다: 이번 학습은 아무것도 보관하지 않았습니다.</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>학습 실패: %1</translation>
    </message>
    <message>
        <source>Kept, and in every model list: %1</source>
        <translation>보관했고 모든 모델 목록에 있습니다: %1</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>학습 중입니다</translation>
    </message>
    <message>
        <source>A model is being trained. Quit and cancel the run? Models kept earlier stay in your data folder.</source>
        <translation>모델을 학습하고 있습니다. 학습을 취소하고 끝낼까요? 앞서 보관한 모델은 데이터 폴더에 그대로 남습니다.</translation>
    </message>
    <message>
        <source>The model was saved but could not be read back: %1</source>
        <translation>모델을 저장했지만 다시 읽을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::UserModels</name>
    <message>
        <source>Could not delete “%1”: %2</source>
        <translation>“%1”을(를) 삭제할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>“%1” has the name of a model that comes with PixelChain and was not loaded: rename the file to keep it.</source>
        <translation>“%1”은(는) PixelChain에 포함된 모델과 이름이 같아 불러오지 않았습니다. 보관하려면 파일 이름을 바꾸세요.</translation>
    </message>
    <message>
        <source>“%1” cannot name a model file.</source>
        <translation>“%1”은(는) 모델 파일 이름으로 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not save the model “%1”: %2</source>
        <translation>모델 “%1”을(를) 저장할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>pixelchain::ui::VerdictPanel</name>
    <message>
        <source>Threshold percentile</source>
        <translation>임계 백분위</translation>
    </message>
    <message>
        <source>Threshold: unusual among the least probable %1% of the test digits.</source>
        <translation>임계값: 확률이 테스트 숫자의 하위 %1% 안에 들면 이상.</translation>
    </message>
    <message>
        <source>No verdict: this model has no test-set scores to compare with.</source>
        <translation>판정 없음: 이 모델에는 비교할 테스트 세트 점수가 없습니다.</translation>
    </message>
    <message>
        <source>↑ More probable than every test digit: a high probability is not a likeness.</source>
        <translation>↑ 모든 테스트 숫자보다 확률이 높습니다: 확률이 높다고 닮은 것은 아닙니다.</translation>
    </message>
    <message>
        <source>⚠ Unusual: less probable than %1% of the test digits.</source>
        <translation>⚠ 이상: 테스트 숫자의 %1%보다 확률이 낮습니다.</translation>
    </message>
    <message>
        <source>✓ As probable as the typical test digit: more probable than %1% of them.</source>
        <translation>✓ 전형적인 테스트 숫자만큼 확률이 높습니다: 테스트 숫자의 %1%보다 확률이 높습니다.</translation>
    </message>
    <message>
        <source>The verdict on the drawing; it changes as you draw.</source>
        <translation>그림에 대한 판정입니다. 그리는 동안 바뀝니다.</translation>
    </message>
</context>
</TS>
