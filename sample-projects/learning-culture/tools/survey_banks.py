"""Hand-written phrase banks for make_survey.py (fictional survey, Søndervig Kommune 2026).

Line format inside a bank (one entry per line, blank lines and lines starting with ';' ignored):

    FLAGS | CODES | TEXT

FLAGS  one valence character followed by optional filters:
         '+' open climate (talking about mistakes, leaders going first, peer coaching)
         '-' blame climate (fear of blame, audits, silence, silos)
         '0' mixed (time pressure, depends on persons, pockets of good practice)
       then h/m/l to restrict a cluster bank entry to the high, middle or low cluster (default: all),
       and L (said by leaders only) or E (said by employees only), and F (only as an answer's first sentence).
CODES  space-separated code aliases (see CODES below), '0' for an uncoded sentence.
       'FB>DC' means: anna codes FB; jonas, when he double-codes, may choose DC instead
       (the known disagreement boundaries from the memo 'Coding procedure and agreement').
TEXT   the sentence(s). {a|b|c} picks one alternative; an alternative may be empty.

A section header '## q_mistakes da' selects question and language; in UNIT_BANKS a header '# Unit name'
selects the unit first.
"""

CODES = {
    "PS": "Psychological safety",
    "SU": "Psychological safety/Speaking up",
    "AM": "Psychological safety/Admitting mistakes",
    "AH": "Psychological safety/Asking for help",
    "FE": "Psychological safety/Giving and receiving feedback",
    "MS": "Mindset",
    "GM": "Mindset/Growth mindset",
    "FM": "Mindset/Fixed mindset",
    "AL": "Action learning",
    "A1": "Action learning/1 Define and focus",
    "A2": "Action learning/2 Trial actions",
    "A3": "Action learning/3 Data collection",
    "A4": "Action learning/4 Shared reflection",
    "A5": "Action learning/5 Decide and standardise",
    "PC": "Peer coaching",
    "OL": "Organisational learning practices",
    "LB": "Leadership behaviours",
    "IP": "Leadership behaviours/Inviting participation",
    "MF": "Leadership behaviours/Modelling fallibility",
    "DC": "Leadership behaviours/Directive control",
    "BA": "Barriers",
    "SW": "Barriers/Silo work",
    "FB": "Barriers/Fear of blame",
    "TP": "Barriers/Time pressure",
}

# Banks shared by all units; which ones a respondent draws from depends on the unit's cluster and the
# respondent's own view of the climate (see make_survey.py).
CLUSTER_BANKS = r"""
## q_mistakes da
+    | 0  | {Det sker jo for alle|Vi er jo bare mennesker}{, også for de erfarne|}.
+    | 0  | Jeg har været her i {to|tre|fem|mange} år, og {det har altid været sådan|sådan har det været, så længe jeg har været her}.
+hm  | 0  | Der er {en god stemning|et godt kollegaskab} hos os{, synes jeg|}.
+    | 0  | Det kommer selvfølgelig an på, hvor alvorligt det er.
+hE  | MF | {Lederen|Vores leder|Chefen} var den første, der {fortalte om|indrømmede} en {fejl|bommert} {på et personalemøde|foran os alle}{, og det gjorde indtryk|. Så var det ligesom lovligt|}.
+hE  | MF | Når {lederen|vores leder} selv {siger, at hun ikke ved det|indrømmer, når hun har taget fejl}, {så tør vi andre også|bliver det lettere for alle}.
+h   | AM | Da jeg {lavede en fejl|glemte noget vigtigt|kom til at give en forkert besked} {sidste måned|for nylig}, sagde jeg det {på morgenmødet|til min makker|til min leder} med det samme, og {vi fandt en løsning sammen|det endte med en ny rutine|ingen gjorde et stort nummer ud af det}.
+hm  | AM | {Man|Vi} siger det {bare |}højt på {morgenmødet|teammødet|næste møde}, og så {finder vi ud af|taler vi om}, hvordan vi undgår det {næste gang|fremover}.
+    | AM | Jeg har selv {lavet|begået} {en ret stor fejl|en dum fejl|en fejl, der kunne være gået rigtig galt} {for nylig|sidste år|i foråret}, og jeg fortalte det {med det samme|samme dag}.
+hE  | MF | {Lederen|Vores leder|Chefen} {fortæller selv|er god til selv at fortælle} om sine egne fejl, og det gør det {meget |}lettere for os andre.
+hm  | PS | Der er ingen, der bliver {hængt ud|gjort til grin|skældt ud}. {Det handler om, hvad vi kan lære, ikke om hvem der gjorde det|Vi kigger på, hvad der skete}.
+hm  | PS | Det er helt {okay|ok|i orden} at lave fejl her{, det ved alle|, så længe man siger det|}.
+    | FE | Man får {en venlig|en ærlig|en konkret} besked fra en kollega{, og det er faktisk rart| og kommer videre}.
+hE  | IP | {Lederen|Vores leder} siger tak, når man kommer med det{, og spørger, hvad vi kan gøre anderledes| og spørger, om andre har oplevet det samme|}.
+hm  | AM | Vi {snakker|taler} om det{ i gruppen| i teamet|} og {prøver at finde ud af|kigger på}, hvad der skete{, ikke hvem der gjorde det|}.
+    | AH | Hvis man er i tvivl, ringer man bare til en kollega{. Ingen gør et stort nummer ud af det|, og det er helt normalt|}.
+h   | OL | Fejlene bliver {samlet op|skrevet ned} og gennemgået i fællesskab, så {alle kan lære af dem|det ikke kun er den enkelte, der bliver klogere}.
+hm  | SU | Jeg har sagt fra over for {en kollega|min leder} {et par gange|flere gange}, og {det blev taget godt imod|jeg fik faktisk ros for det|der skete ikke noget ved det}.
+hE  | MF>AM | Det var {lederen|chefen}, der startede med at fortælle om sine egne {bommerter|fejl}. Så turde vi andre også.
+    | GM | Fejl er en del af at lære{ noget nyt|}. {Det siger vi også til de nye|Det tror jeg virkelig på}.
+hm  | AM | Jeg var {nervøs|bange|flov}, da jeg skulle fortælle om min fejl, men {ingen sagde noget grimt|det gik fint|jeg fik faktisk tak for det}.
+    | 0  | Man bliver {lidt flov|ked af det|irriteret på sig selv}, men det går over.
+h   | PC>FE | {Min makker|Min læringsmakker|Min sparringspartner} og jeg {taler|snakker} om de ting, der går skævt, {hver gang vi ses|bagefter}.
+hm  | PS | Tonen er god{, og vi griner også af det bagefter|, og man bliver ikke set ned på}.
+h   | AM>PS | Der er ingen, der skjuler noget. {Det ville være det dummeste, man kunne gøre|Man ved jo, at det kommer frem alligevel, og så er det bedre selv at sige det}.
+hm  | SU | {Man|Vi} må godt {sige|mene}, at noget er en dårlig idé{, også til lederen|}.
+h   | AM | {Det er|Det er efterhånden} helt normalt at sige{: Det var mig|, at det var en selv}{. Det var det ikke for fem år siden|}.
+    | 0  | Vi er {et godt team|en god gruppe}{ med en god humor|}.

## q_mistakes en
+    | 0  | It happens to everyone{, also the experienced ones|}.
+    | 0  | I have been here {two|three|five} years and it has always been like that.
+hE  | MF | Our leader was the first to {admit|talk about} a {mistake|blunder} {at a staff meeting|in front of everyone}{, and that changed a lot|}.
+hm  | AM | People just say it {at the morning meeting|in the team meeting|at the next meeting}, and then we {figure out|talk about} how to avoid it {next time|in future}.
+hE  | MF | Our {manager|leader} {is the first to talk|talks openly} about her own mistakes, which makes it {much|a lot} easier for the rest of us.
+hm  | PS | Nobody gets {blamed|shouted at|named}. {The question is what we can learn|We look at what happened, not who did it}.
+    | AH | If I'm unsure I just ask {a colleague|the person next to me|someone more experienced}{, and nobody makes me feel stupid|}.
+    | AM | I made a {pretty big|silly|stupid} mistake {last year|a few months ago|in my first month} and told {my team|my colleagues} the same day. It was fine.
+hE  | IP | The first thing {my manager|the leader} said was thank you for telling{ her|}.
+    | GM | Mistakes are part of learning{, that is what we tell new people|. I really believe that|}.
+hm  | FE | {A colleague|Someone} {told me|pointed out} {kindly|in a nice way} what I could have done differently{. It stung a bit, but it helped|}.
+h   | OL | {We collect the errors|We write the errors down} and go through them together, so {the whole team learns|it is not just one person who learns}.
+    | 0  | You feel a bit embarrassed, but it passes.
+hm  | SU | You're allowed to say that something is a bad idea{, also to the boss|}.
+h   | AM | It's normal here to say 'that was me'{. In my last job it definitely wasn't|}.

## q_learning da
+    | 0  | Vi {har|havde} {en nyuddannet|en ny kollega|en studerende}, som kom med {nye idéer|en frisk vinkel}{ fra skolen|}.
+h   | 0  | Det er svært at vælge én situation, for det sker {hele tiden|næsten hver uge}.
+h   | PC | {Makkersparringen|Sparringen med min makker|Vores faste sparring} er {det bedste|noget af det bedste|det, jeg lærer mest af}{, fordi det er os selv, der bestemmer|, fordi det er trygt|}.
+h   | PC FE | Vi {ser hinanden arbejde|følger hinanden} {en gang om måneden|et par gange om året|fast}, og bagefter {taler vi om|gennemgår vi}, hvad {der gik godt|vi så}, og hvad man kunne gøre anderledes.
+h   | PC | Det er {kollegerne|os selv}, der ejer sparringen. {Lederen blander sig ikke|Lederen ser ikke vores noter}{, og det gør det trygt|}.
+hm  | PC FE | Min {makker|kollega} {spurgte|sagde}, om jeg havde tænkt over, at {jeg taler meget hurtigt|jeg står med ryggen til de andre|jeg glemmer at spørge ind}. {Det havde jeg ikke|Det har jeg arbejdet med siden}.
+    | PC FE | {Min makker|Min læringsmakker|En kollega} {så mig arbejde|fulgte mig en formiddag} og gav mig {en god|en konkret|en ærlig} feedback bagefter.
+h   | A2 A3>A2 | Vi {prøvede noget nyt|afprøvede en ny måde at gøre det på} i {fire uger|tre uger|en måned} og {talte op|skrev ned}, {hvad der skete|om det virkede}.
+h   | A4 | {Bagefter|Til sidst} {satte vi os alle sammen|havde vi et møde} og kiggede på {tallene|resultaterne} sammen{. Der var uenighed, men det var en god snak|}.
+h   | A5 | Det {er blevet|blev} fast praksis{ og står nu i introduktionsmappen|, og nu gør alle det|}.
+hm  | A1 | Vi {brugte et helt møde på|startede med} at finde ud af, {hvad vi egentlig ville undersøge|hvad det mindste var, vi kunne prøve}.
+    | GM FM | Jeg troede{ før|}, at {man enten kunne det eller ej|det var en personlighedsting}, men det kan {faktisk |}øves.
+    | FE | Jeg fik at vide, at jeg {taler for hurtigt|afbryder folk|svarer selv på mine egne spørgsmål}{, og det havde jeg slet ikke selv opdaget|. Det var rart at vide}.
+h   | OL | Det, én gruppe lærer, bliver fortalt {på personalemødet|til de andre}, og så {låner de andre idéen|prøver de andre det også}.
+hmE | IP | {Lederen|Vores leder} {spurgte os|lod os selv bestemme}, hvad vi ville {arbejde med|prøve}{, og holdt sig selv i baggrunden|}.
+    | AH | Da jeg var ny, {spurgte jeg om alt|ringede jeg tit til de erfarne}, og {ingen fik mig til at føle mig dum|der var altid nogen, der havde tid}.
+h   | AL | Vi {kører|laver} små forsøg hele tiden{, det er bare sådan, vi arbejder|}.
+hm  | PC | Vi observerer hinanden i par, og det er kun os to, der {ser noterne|taler om det bagefter}.
+    | SU | {Jeg foreslog|En kollega foreslog} en ændring, og den blev {faktisk |}{prøvet af|til noget}.
+h   | GM | Alle kan lære{ noget|}, hvis de får lov at prøve og fejle.
+    | 0  | Det var {rigtig godt|en god oplevelse|meget lærerigt}.
+hm  | FE | Det er blevet {nemmere|mere naturligt} at give {hinanden|kollegerne} feedback{, fordi vi har nogle faste spørgsmål|, når der er nogle regler for det}.
+h   | A3 | Vi {talte|noterede}{ hver dag|}, hvor mange gange det skete. {Det var ikke fin forskning, men det var vores egne tal|Simpelt, men det virkede}.
+    | 0  | Vi lærer {hele tiden|hver dag} af hinanden{, det er det gode ved at være mange|}.

## q_learning en
+h   | PC FE | We {watch each other work|observe each other} {once a month|a few times a year} and afterwards talk about what {went well|we saw} and what could be done differently.
+h   | PC | The peer coaching belongs to us. The {manager|leader} {never sees the notes|stays out of it}{, which makes it safe|}.
+    | PC FE | {My buddy|A colleague|My learning partner} {watched me work|sat in on my work} and gave me {honest|very concrete|useful} feedback afterwards.
+h   | A2 A3>A2 | We tried {a new way of doing it|something new} for {four weeks|three weeks|a month} and {counted|wrote down} {what happened|whether it worked}.
+h   | A4 | Afterwards we {all sat down|had a meeting} and looked at the {numbers|results} together{. There was disagreement, but a good one|}.
+h   | A5 | It {became|is now} {standard practice|the standard}{ for everyone|}.
+    | GM FM | I used to think {you either have it or you don't|it was a personality thing}, but it can be {learned|practised}.
+    | FE | {Someone|A colleague} told me that I {speak too fast|interrupt people|cross my arms when it gets tense}{. I had no idea|}.
+hmE | IP | {Our manager|The leader} {asked us|let us decide} what we wanted to {work on|try}{ and mostly listened|}.
+h   | OL | What one group learns gets {shared at the staff meeting|passed on}, and other groups {borrow the idea|try it too}.
+    | AH | When I was new I asked about everything{ and nobody made me feel stupid|}.
+    | SU | {I|A colleague} suggested a change and it actually got tried.
+hm  | A1 | We {spent a whole meeting|started} just {figuring out|agreeing on} what question we wanted to answer.
+    | 0  | We learn from each other {all the time|every day}.

## q_mistakes da
-ml  | 0  | Det er {meget|ret} forskelligt {fra afdeling til afdeling|fra afsnit til afsnit|fra team til team}.
-    | 0  | Jeg har været her i {syv|ti|tolv|mange} år, og det er blevet {værre|mere stramt} {de sidste par år|siden sidste år}.
-mlF | 0  | {Det er svært at forklare|Det er ikke noget, jeg har lyst til at skrive om her}.
-l   | 0  | {Tilsynet|Sagen sidste år} har sat sit præg på {hele huset|stedet}.
-ml  | FB | Man {holder kortene tæt ind til kroppen|siger det helst ikke|tier}{, hvis man kan|}.
-l   | FB>DC | Man bliver kaldt til samtale{, og så er det noteret|}. {Så man lærer at holde mund|Det lærer man hurtigt af}.
-ml  | FB | {Folk|Man} er bange for at få skylden{, så det bliver ikke sagt højt|}.
-l   | DC | Der kommer {en ny procedure|endnu en ny regel}, {og så skal vi skrive under på, at vi har læst den|uden at nogen spørger os, hvorfor det skete}.
-ml  | FB AM | Jeg har lært at {rette det selv|ordne det selv} uden at sige noget. Det er det sikreste.
-l   | FB | Det {kommer i personalemappen|bliver skrevet ned et sted}, og det glemmer {man|de} ikke.
-ml  | FB | Så bliver der spurgt, hvem der gjorde det. Ikke hvorfor.
-l   | SW | Det er altid {de andres skyld|den anden vagts skyld|det andet holds skyld}. Vi taler ikke sammen om det.
-ml  | SU>PS | Der bliver meget stille{ på mødet|}. {Ingen kigger op|Alle kigger ned i bordet}.
-l   | FB | Man bliver hængt ud{ foran alle|, også selvom det ikke var med vilje}.
-ml  | FB AM | Der er ingen, der laver en indberetning på sig selv{ længere|}.
-ml  | FB | Det er bedre ikke at {spørge|sige noget} for meget, så tror {lederen|de}, at man ikke kan sit arbejde.
-lE  | DC | {Ledelsen|Lederen|Chefen} bestemmer, og så er der ikke mere at sige{ om det|}.
-l   | FB>DC | Hvis man siger det, får man {en advarsel|en løftet pegefinger|en samtale}. Hvis man ikke siger det, sker der ingenting.
-ml  | SU FB | Jeg {så en fejl hos en kollega|har set ting, der ikke var i orden}, men sagde ingenting. {Man vil ikke være sladrehank|Jeg ville ikke lave det om til en sag}.
-ml  | FM | Nogle {lærer det bare aldrig|er bare ikke skåret til det}.
-lF  | 0  | Ikke noget godt{, desværre|}.
-lE  | MF | Ledelsen har {aldrig|vist aldrig} sagt, at de selv har taget fejl{ i noget|}.
-l   | FB | Man er på {vagt|dupperne} hele tiden{. Det er ikke rart|}.
-ml  | 0  | Det er ikke noget, man taler om{ her|}.

## q_mistakes en
-mlF | 0  | I would rather not write too much about it here.
-    | 0  | I have been here {seven|ten|many} years and it has got {worse|stricter} {recently|in the last couple of years}.
-ml  | FB | People keep quiet{ if they can|}. {You don't want to be the one|It is safer that way}.
-l   | FB>DC | You get called {to the office|in for a talk}{ and it goes in your file|}. {After that you learn to keep your mouth shut|Everybody knows what happened last time}.
-ml  | FB | {People are|Everyone is} afraid of {getting the blame|being blamed|being seen as weak}.
-l   | DC | A new {procedure|rule} comes {by email|from above} and {nobody explains why|we have to sign that we read it}.
-ml  | FB AM | I {fix it myself|sort it out myself} and don't tell anyone. That is the safest.
-ml  | FB | The first question is who did it, not why it happened.
-l   | SW | It is always the {other shift's|other team's|other section's} fault. We never talk about it together.
-ml  | SU>PS | It goes very quiet in the meeting{ and everybody looks at the table|}.
-l   | FB>DC | If you tell, you get {a warning|a talk|a note in your file}. If you don't tell, nothing happens.
-ml  | FM | Some people {just never learn|are just not made for this job}.
-ml  | SU FB | I {saw|noticed} something {wrong|that was not right} in a colleague's work but said nothing. {I didn't want to be the one who reports people|It would only become a case}.
-lE  | MF | Management never admits that they got something wrong.

## q_learning da
-ml  | 0  | {Vi har været igennem|Der har været} {mange|en del} omstruktureringer{ de sidste år|}.
-F   | 0  | {Det er svært at komme i tanke om noget|Det må jeg tænke over}.
-ml  | 0  | Vi er {mange|en del} nye{ i år|}, og {der er meget at lære|det tager tid}.
-l   | DC | Det er ikke noget, vi gør sammen. Der kommer nye regler {fra ledelsen|oppefra}, og så skal vi følge dem.
-ml  | TP | Der er ikke tid til at lære noget{ sammen|}. Vi løber bare.
-ml  | SW | Vi {kender knap|kender ikke} {de andre teams|folk fra de andre afdelinger|de andre hold}, så det, vi lærer, bliver hos os.
-lF  | 0  | {Jeg kan ikke komme i tanke om noget|Det kan jeg ikke huske, at vi har gjort}.
-l   | FM | Folk er, som de er. {Kurser ændrer ikke rigtig noget|Det ændrer et kursus ikke på}.
-l   | FM | Man er, som man er{, og det er jo også fint nok|}.
-ml  | SU | Jeg kom med et forslag{ engang|} på et møde, men {det blev ikke til noget|der skete ingenting|jeg fik at vide, at det var besluttet}.
-l   | PC DC | Der var snak om, at vi skulle observere hinanden, men det blev {til kontrol|en slags kontrol}{, så ingen meldte sig|}.
-ml  | BA | Man kommer hjem fra kursus med {gode idéer|masser af idéer}, men der er ingen, der spørger til dem.
-ml  | FB | Hvis man prøver noget nyt, og det ikke virker, er det jo en fejl{. Så man gør, som man plejer|}.
-l   | DC | Vi bliver målt på {alt|tal} hele tiden{, men der er ingen, der spørger, hvad vi har brug for|}.
-mlF | 0  | Det er længe siden{, desværre|}.
-ml  | AH | Jeg finder selv ud af det {på nettet|på intranettet|derhjemme}, så jeg ikke behøver at spørge.
-l   | FM | Nogle {kolleger|medarbejdere} {har det bare ikke i sig|er ikke til det teoretiske}{, og det ændrer sig ikke|}.
-l   | 0  | Vi lærer de nye {procedurer|skemaer}. Det er vel også læring.

## q_learning en
-ml  | 0  | There have been {a lot of|many} reorganisations{ in the last few years|}.
-ml  | 0  | Many of us are new{ this year|}.
-l   | DC | We don't really learn together. New rules come {from above|by email} and we follow them.
-ml  | TP | There is no time to learn anything together. We just run.
-ml  | SW | I {hardly know|don't know} people from the other {teams|sections}, so what we learn stays with us.
-l   | FM | People are how they are. {A course won't change that|Courses don't change much}.
-ml  | SU | I {suggested something|made a suggestion} once at a meeting, but {nothing happened|it went nowhere|I was told it was already decided}.
-l   | PC DC | There was talk of observing each other, but it turned into {control|a kind of inspection}{, so nobody signed up|}.
-ml  | BA | You come back from a course with {good ideas|lots of ideas}, but nobody asks about them.
-ml  | FB | If you try something new and it doesn't work, that's a mistake too{. So people do what they always did|}.
-ml  | AH | I find things out myself {online|on YouTube|on the intranet} so I don't have to ask.
-mlF | 0  | {Can't think of anything|Honestly, I can't remember}.

## q_mistakes da
0    | 0  | {Vi er mange nye|Der er mange vikarer}{ for tiden|}, så det er {forskelligt|lidt tilfældigt}.
0    | 0  | Jeg har {ikke selv|aldrig selv} oplevet noget alvorligt{, heldigvis|}.
0m   | 0  | {Det er et travlt sted|Vi har meget at se til}{, det skal man vide|}.
0    | TP | Det {kommer an på|afhænger af}, hvor travlt vi har. {Nogle dage er der slet ikke tid til at snakke om det|Når vi er pressede, bliver det bare rettet}.
0m   | PS | Det {afhænger meget af|kommer an på}, hvem man er, og hvem man siger det til.
0    | TP | Vi {taler om det|får det nævnt}, hvis der er tid{, men der er sjældent tid|}.
0    | AH | Man spørger {den kollega, man stoler på|dem, man kender godt}{, ikke lederen|}.
0mE  | LB | {Den nye leder|Lederen} prøver{ virkelig|} at gøre det {trygt|okay} at sige det, men {det tager tid|der sidder stadig noget i væggene}.
0    | 0  | Det bliver {rettet|løst}, og så går vi videre.
0m   | AM | Nogle siger det med det samme, andre holder det for sig selv.
0    | TP | Der er ikke tid til at stoppe op{, vi skal bare videre|}.
0m   | PS SW | {I mit team|Hos os} er det fint at sige det, men {i resten af huset|på tværs|i de andre teams} er det en anden sag.
0    | 0  | Det er {forskelligt|meget forskelligt}{ fra gang til gang|}.
0m   | TP | Vi skulle have haft et møde om det, men det blev aflyst{ på grund af sygdom| på grund af travlhed|}.
0m   | OL | Det bliver skrevet {i loggen|i systemet}, men vi {hører aldrig mere om det|taler aldrig om det bagefter}.
0m   | 0  | Det er blevet bedre{ det sidste års tid|}, men vi er ikke i mål.
0    | 0  | Det kommer an på, hvor stor fejlen er.

## q_mistakes en
0    | 0  | I haven't experienced anything serious myself{, luckily|}.
0m   | 0  | It's a busy place{, you have to know that|}.
0    | TP | It depends on how busy we are. {Most days|When it's busy} there is {no time|simply no time} to talk about it.
0m   | PS | It depends {a lot |}on who you are and who you tell.
0    | AH | You ask the colleague you trust{, not the boss|}.
0    | 0  | It gets fixed and we move on.
0m   | PS SW | In my team it's fine, but {across the unit|in the other teams} it's a different story.
0m   | OL | It goes in the {log|system} but we never {hear about it again|discuss it}.
0m   | AM | Some people say it right away, others keep it to themselves.
0m   | TP | We had a meeting planned to talk about it but it was cancelled{ because of sick leave| because we were short-staffed|}.
0    | 0  | Depends on how big the mistake is.

## q_learning da
0    | 0  | Vi havde en {temadag|personaledag} om {trivsel|samarbejde}{ i efteråret|}. Den var {fin|okay}.
0mF  | 0  | {Det er svært at komme i tanke om noget konkret|Jeg kan ikke lige komme på noget konkret}.
0    | 0  | Vi har {fået|lige fået} et nyt {system|it-system}, så det har fyldt meget.
0m   | TP AL | Vi {startede på|havde} et forløb, men det løb ud i sandet{, da der kom sygdom|, fordi vi ikke havde tid|}.
0    | TP | {Det første, der ryger|Det første, vi dropper}, når vi har travlt, er {møderne|sparringen|refleksionen}.
0m   | PC | Et par af os {har gang i noget|sparrer med hinanden} på eget initiativ, men det er ikke noget, hele stedet gør.
0    | 0  | Vi har lært meget af {hinanden|de erfarne} i det daglige.
0m   | OL>BA | Det {afhænger af|hænger på} enkelte personer. Hvis de stopper, {dør det|forsvinder det}.
0    | A3 | Vi prøvede noget af, men vi fik {aldrig|ikke rigtig} samlet op på det{. Ingen skrev noget ned|}.
0m   | OL | I mit team er vi gode til det, men det breder sig ikke.
0    | OL | Vi havde {en periode|et par måneder}, hvor vi {mødtes hver morgen|havde korte møder} om det, der gik galt. Det var godt, men det stoppede igen.
0    | AH | Vi spørger hinanden {hele tiden|meget}, men det er ikke noget organiseret.
0mF  | 0  | Ikke så meget, som jeg kunne ønske.
0    | 0  | Vi var på {temadag|kursus} sammen{ sidste år|}, det var fint.

## q_learning en
0    | 0  | We had a staff day {last autumn|in the spring}. It was fine.
0mF  | 0  | I can't think of anything specific.
0m   | TP AL | We started a project but it {fizzled out|stalled}{ when people got sick| because there was no time|}.
0    | TP | The first thing to go when it's busy is the {meetings|coaching|reflection}.
0m   | PC | A couple of us {coach each other|do it} on our own initiative, but it's not something the whole place does.
0m   | OL>BA | It depends on a few people. If they leave, it's gone.
0    | A3 | We tried something but never {really collected|got round to collecting} any data{. Nobody wrote anything down|}.
0    | OL | For {a while|a couple of months} we had {a short morning meeting|short meetings} about what went wrong. It was good, but it stopped.
0    | AH | We ask each other all the time, but nothing is organised.
0mF  | 0  | Not as much as I would like.
"""

# Short answers (a few words) by question and language; mostly uncoded.
SHORT = r"""
## q_mistakes da
+ | 0 | Vi snakker om det.
+ | 0 | Man siger det bare.
+ | 0 | Vi lærer af det
+ | 0 | Intet dramatisk.
+ | 0 | Vi griner lidt og retter det.
+ | AM | Det bliver taget op på mødet.
- | 0 | Man tier.
- | 0 | Ingen siger noget
- | 0 | Man får skylden.
- | 0 | Så er der ballade
- | 0 | Man bliver hængt ud.
- | 0 | Det skjules.
- | FB | Det er bedst at holde mund.
- | 0 | Så skal der skrives rapport
0 | 0 | Det er forskelligt.
0 | 0 | ved ikke
0 | 0 | Det kommer an på situationen.
0 | 0 | Det bliver rettet.
0 | 0 | Kommer an på hvem
0 | 0 | -

## q_mistakes en
+ | 0 | We talk about it.
+ | 0 | People just say it.
+ | 0 | Nothing dramatic.
- | 0 | People keep quiet.
- | 0 | You get the blame.
- | FB | Best to keep your head down.
0 | 0 | It depends.
0 | 0 | Don't know
0 | 0 | Depends who it is.

## q_learning da
+ | 0 | Makkersparring.
+ | 0 | Sparring med kollegerne
+ | 0 | Hele tiden, det er bare sådan vi arbejder.
+ | 0 | Refleksionsmøderne.
- | 0 | Kan ikke komme på noget.
- | 0 | Aldrig.
- | 0 | Det gør vi ikke.
- | 0 | Ingenting
- | 0 | ikke noget
0 | 0 | Ved ikke.
0 | 0 | Svært at sige.
0 | 0 | Nogle gange.
0 | 0 | På kursus sidste år.
0 | 0 | ?

## q_learning en
+ | 0 | Peer coaching.
+ | 0 | All the time really.
- | 0 | Can't think of anything.
- | 0 | Never really.
0 | 0 | Not sure.
0 | 0 | n/a
"""

# Uncoded sentences put before (pre) or after (post) a composed answer.
FILLERS = {
    ("pre", "da"): ["Godt spørgsmål.", "Hmm.", "Tja.", "Svært at svare kort på.", "Det er svært at sige generelt."],
    ("pre", "en"): ["Good question.", "Hmm.", "Hard to say in a few words."],
    ("post", "da", "+"): ["Det er rart.", "Det er derfor, jeg er glad for at være her.", "Sådan skal det være."],
    ("post", "da", "0"): ["Det er i hvert fald min oplevelse.", "Det er mit indtryk.", "Men det går den rigtige vej."],
    ("post", "da", "-"): ["Sådan er det bare.", "Desværre.", "Det kunne være bedre.", "Det er trist, men sådan er det."],
    ("post", "en", "+"): ["I like that.", "That's why I stay."],
    ("post", "en", "0"): ["That's my experience anyway.", "But it's getting better."],
    ("post", "en", "-"): ["That's just how it is.", "Unfortunately.", "It could be better."],
}

# Unit-specific banks: concrete routines, places and incidents from study.json and the interviews.
UNIT_BANKS = r"""
# Hjemmepleje Nord
## q_mistakes da
+E | AM OL | Man skriver det op på tavlen under »Det lærte vi i går«, og så {taler|snakker} vi om det {næste morgen|på tavlemødet}.
+  | AM | Jeg {glemte engang en borgers øjendråber|gav engang aftenmedicinen om morgenen|kom engang for sent, fordi jeg havde glemt en nøglekode,} og sagde det på tavlemødet næste morgen. {Der var ingen, der skældte ud|Vi fandt ud af, at andre havde haft samme problem}.
+E | MF>AM | {Birgitte|Lederen} startede selv med at fortælle om sine fejl{, fx den vagtplan, hvor to af de faste var på kursus samme dag|}. Det gjorde mere end alle politikkerne.
+  | AM OL | Vi tager det på tavlemødet kvart i otte. Ikke hvem, men hvordan vi undgår det{ på de lange ruter|}.
+  | AH | Man ringer til sygeplejersken i gruppen, hvis man er i tvivl{, og hun kommer ud|}. Det er helt normalt.
+  | A2 OL | Da {doseringsæskerne|pilleæskerne} blev forbyttet, {fandt vi på|lavede vi} farvede klistermærker på hylderne hos borgerne. Det var en kollega, der fik idéen.
0  | TP | På de dage, hvor der er {fire|tre} syge, og vi kører med vikarer, bliver tavlemødet bare {opgavefordeling|ruter og syge}.
-  | FB | Før {Birgitte|den nuværende leder} kom, var UTH en sladrehank-ordning. Det sidder stadig lidt i nogle af de gamle.
0  | SU | Nogle af de nye med et andet modersmål siger ikke så meget på tavlemødet{, de er bange for at sige noget forkert på dansk|}.
0  | 0  | Der er et par stykker, der synes, {tavlen|det hele} er noget pjat. {Det må de godt sige|Det siger de også højt}.
+  | AM | Man {skriver|laver} stadig en UTH, men det vigtigste er samtalen bagefter.
L  | MF | Jeg fortæller selv om mine fejl på personalemødet. Det tog næsten to år, før folk begyndte at skrive fejl op frivilligt.
L  | IP | Jeg siger tak, når nogen fortæller om en fejl, og så spørger jeg, om andre har oplevet det samme.
## q_mistakes en
+  | AM OL | You write it on the board under 'what we learned yesterday' and we talk about it {the next morning|at the board meeting}.
+  | AH | If I'm unsure I call the nurse in our group. Nobody thinks that is strange.
+E | MF | Our leader told us about her own mistake with the rota{, when two of the regulars were on a course the same day|}.
0  | TP | When four people are sick and we have temps, the board meeting is just about routes.
+  | AM | I once gave a citizen the evening medicine in the morning. I told it at the board meeting and {three others had had the same problem with the boxes|we changed how the boxes are stored}.
## q_learning da
+  | PC FE | Min makker fra gruppe {to|tre|et} kørte med mig en formiddag. Bagefter snakkede vi i bilen om, hvad hun så{, efter spørgearket|}.
+  | PC | Makkersparringen. Det er vores egne papirer, lederen ser dem ikke{, og det er vigtigt|}.
+  | A2 A3 | {Faldprojektet|Forløbet om fald}: Vi tændte lys i gangen, flyttede rollatorerne hen ved sengen og talte fald i fire uger.
+  | A3 | I ernæringsforløbet vejede vi borgerne hver fjortende dag og skrev ned, hvad de havde spist af madudbringningen.
+  | A4 | Vi gennemgik tallene på et personalemøde, og {aftenvagterne|nogle af aftenvagterne} sagde, at det ikke passede med deres oplevelse. Det blev en god diskussion.
+  | A5 | Rollatoren ved sengen er {nu fast praksis|blevet fast praksis} og står i introduktionsmappen for nye.
+  | SU A5 | Det var mig, der fremlagde spiseven-ordningen på personalemødet. Det havde jeg aldrig troet, jeg ville gøre.
0  | TP PC | Makkersparringen bliver aflyst, når der er mange syge{. Det er ærgerligt|}.
0  | SW | Vi melder mange ting tilbage til visitationen, men det er som at sende det ud i et sort hul.
+  | FE | Min makker sagde, at jeg glemte at spritte af, når jeg gik ud af badeværelset. Hun sagde det næsten som et spørgsmål.
L  | A1 | Vi satte os med {seks|en gruppe} frivillige og formulerede et spørgsmål: Hvad sker der i den sidste time før aftenbesøget?
L  | GM | Ingen er født god eller dårlig til det her arbejde. Nogle af vores bedste var helt usikre det første år.
## q_learning en
+  | PC FE | My buddy from another group came along for a morning and afterwards we talked in the car about what she saw.
+  | A2 A3 | In the falls project we {turned on lights in the hallway|left the lights on in the hallway}, moved the walkers next to the bed and counted falls for four weeks.
+  | A4 | We looked at the numbers together at a staff meeting and the evening shift disagreed with some of it. Good discussion.
0  | TP | The buddy mornings are the first thing to go when people are sick.

# Plejecenter Egebo
## q_mistakes da
-  | FB>DC | Så skal der skrives en UTH, og så bliver man kaldt til samtale. {Det ved alle|Alle ved, hvad der skete sidste år}.
-  | FB AM | Ingen på {Bøgen|vores afsnit} skriver en UTH på sig selv mere. Man skriver dem på apoteket eller på lægen.
-  | DC>FB | Der kommer stikprøver, og resultatet hænger på tavlen i rød, gul og grøn. {Bøgen har været rød tre måneder i træk|Det føles som at blive hængt ud foran hele huset}.
-  | FB | Man bliver forsigtig. Man skriver det, man skal, i journalen, men ikke det, man er i tvivl om.
-  | SW | Dagvagten og aftenvagten skriver i {skemaet|overleveringsskemaet} og klager over hinanden bagefter. Vi taler aldrig sammen om det.
-  | SW | Lærken er altid grønne. {Der er nogen, der siger, at de snyder|Vi ved ikke, hvordan de gør}.
-  | AH FB | Jeg skriver til en sygeplejerske, jeg kender, på min private telefon. Jeg tør ikke spørge afdelingslederen om alt.
-E | MF | {Lederen|Centerlederen} siger aldrig, at han ikke ved noget. {Bare én gang ville være rart|Alt skal se rigtigt ud}.
+  | PS | På {Ahornen|aftenholdet} er vi nogle stykker, der godt kan sige det til hinanden over en kop kaffe.
0  | TP | Vi er to på tolv beboere om morgenen, nogle dage med en vikar. Der er ikke tid til at snakke om noget.
-  | SU FB | Jeg så, at en kollega ikke havde lagt en beboer rigtigt. Jeg vendte hende bare selv{ senere|}. Hvis jeg siger noget, bliver det til en sag.
0  | PS | Med den gamle afdelingsleder kunne man sige, at man havde lavet noget dumt. {Det kan man ikke mere|Nu er det anderledes}.
L  | DC | Der skal skrives en UTH, og den bliver gennemgået af ledelsen. Folk skal vide, at det har konsekvenser, når procedurerne ikke følges.
L  | AM | Vi får færre UTH'er end før. Jeg hælder til, at vi er blevet bedre{, men det kan tolkes på to måder|}.
## q_mistakes en
-  | FB | You keep quiet. After what happened to the colleague who reported herself, nobody writes an incident report about their own mistakes.
-  | DC FB | Everything is checked and everything is a colour on the board. {Red, yellow, green|It feels like being put on display}.
-  | AH FB | I once asked {the day nurse|a colleague} how they document wound care and she said I should know that. In front of two assistants. Now I look things up myself.
-  | SU FB | I brought something to a staff meeting once and was told afterwards I should not go around the system. I have not brought anything since.
+  | PS | On Ahornen in the evening the three of us can talk about it over coffee. That is where it is safe.
-  | SW | The day shift and evening shift only communicate through the handover form.
## q_learning da
-  | BA TP | Jeg var på kursus i demens{, det var godt|}. Men der er ikke tid til at bruge det, når man kommer tilbage.
-  | FM | Jeg er jo {52|over 50}. Jeg er, som jeg er.
-  | PC DC | Lederen sagde, at vi kunne observere hinanden for at sikre, at procedurerne blev fulgt. {Så ingen meldte sig|Det blev bare endnu en kontrol}.
-  | SU BA | En ung kollega ville lave musik med de demente om eftermiddagen. Hun fik lov at prøve én gang, og så tog det for meget tid. {Hun er her ikke mere|Hun stoppede efter fire måneder}.
-  | SW | Vi ved ikke, hvordan de løser de samme problemer på {Lærken|de andre afsnit}. Der er {ingen|næsten ingen} kontakt mellem afsnittene.
+  | PC FE | Klokken ni drikker vi kaffe på {Ahornen|aftenholdet} og snakker om aftenen. En kollega sagde til mig, at jeg talte for hurtigt til de demente. Hun havde ret.
-  | DC | Vi har lært den nye overleveringsskabelon. Det er et skema med faste punkter, og de kan se, hvem der har udfyldt det.
-  | TP | Ressourcepersonen for demens løb ud i sandet, fordi {de|hun} ikke fik tid.
-  | FE | Ingen har set mig arbejde og sagt, hvad jeg gør godt eller skidt. Det kunne jeg godt tænke mig.
L  | FM | Ikke alle har sans for det med demens. Så er det bedre at placere folk, hvor de gør mest gavn.
L  | DC | Vi har indført faste procedurer for medicin og dokumentation efter tilsynet. Det har vi lært meget af.
## q_learning en
-  | FE | Nobody watched me work and told me what I did well or badly. I would like that.
+  | PC FE | The nine o'clock coffee on the evening shift. A colleague told me I speak in short sentences to the residents with dementia. She was right.
-  | SW | I don't know how they handle the same problems on Lærken. Maybe they solved it already. Nobody would tell me.
-  | TP | There is no time to try anything new. We are two on twelve residents in the morning.

# Dagtilbud Solsikken
## q_mistakes da
+  | OL AM | Vi har ugens bommert om fredagen. Man fortæller bare, hvad der gik skævt{ i ugen|}.
+  | OL | Ugens bommert startede som en joke, men det har gjort det lettere at sige det, når det er alvorligt.
+E | MF | Dorthe fortæller selv om sine bommerter. Hun glemte engang en hel forældremødeaften{, og det har hun fortalt om mange gange|}.
+  | AM | Jeg glemte at skrive en vigtig besked i forældre-appen og fortalte det bare{ på morgenmødet|}. Ingen gjorde et stort nummer ud af det.
+  | AM | Man går selv til lederen, før forælderen ringer. Så kan hun {ringe først|tage den}.
0  | PS | Der er en risiko for, at det bliver lidt for pænt. Man skal også kunne sige, at noget er rigtig dårligt.
0  | OL | Vikarerne ved ikke, hvad ugens bommert er. De bliver ikke rigtig en del af det.
+  | AM | {Sidste uge|I går} var det mig, der havde glemt en madpakke i bussen på tur. Den fik jeg lov at høre for til ugens bommert{ :)|}.
L  | MF IP | Jeg sagde på et personalemøde, at jeg havde fået at vide, at jeg var blevet for styrende, og bad dem sige til, når jeg gjorde det.
## q_mistakes en
+  | OL AM | We have 'ugens bommert' on Friday mornings, where you tell what went wrong this week. Mostly funny things, but it makes it easier.
+E | MF | Our leader tells us about her own mistakes, like the parents' evening she forgot.
+  | AM | I forgot to tell a parent that her child had bumped his head. I went to the leader myself before the parent called.
## q_learning da
+  | PC FE | Læringsmakkeren filmede mig {i samling|til frokosten|ved en svær aflevering}. Jeg siger først selv, hvad jeg ser, og så siger {hun|han}, hvad der virker.
+  | PC | Videoerne er kun vores. Lederen har aldrig set en eneste af mine.
+  | A1 | I garderobeforløbet brugte vi et helt møde på at finde ud af, hvad vi ville undersøge. Hvad er det mindste, vi kan prøve?
+  | A2 A3 | Vi delte børnene i to hold, lavede billedkort og førte tælleliste på døren til garderoben i tre uger.
+  | A4 | Vi var uenige om billedkortene på refleksionsmødet. Det endte med, at vi kun bruger dem til de børn, der har brug for dem.
+  | A5 | Holdopdelingen i garderoben står nu i gruppens årsplan{, og vi gør det hver dag|}.
+  | OL | På personalemødet fortæller hver gruppe om sit forløb på fem minutter. Vuggestuen har lånt idéen med, at en voksen går ud først.
+  | GM | Vi siger om børnene, at de kan ikke endnu. Det gælder også os voksne.
+  | SU | Jeg skrev til Dorthe om sovetiderne i vuggestuen. Hun inviterede os til et møde, og det blev lavet om.
0  | TP | Refleksionsmøderne ligger tit om aftenen, og det er hårdt, når man har små børn derhjemme.
0  | TP | Når vi er to voksne på 22 børn, er der ikke plads til læringsmakkere.
+  | GM FM | Jeg troede, at man enten var god til konflikter eller ej. Nu ved jeg, at det kan øves.
L  | IP | Hver gruppe vælger selv sit fokus. Jeg sidder med på refleksionsmødet, men siger ikke så meget.
## q_learning en
+  | PC FE | My learning partner filmed me at circle time. I say first what I see, then she says what works. Only the two of us see it.
+  | A2 A3 | In the cloakroom project we split the children into two groups, made picture cards and timed it for three weeks. It went from forty to twenty minutes.
+  | GM | Children 'can't yet', and that goes for the adults too.
0  | TP | The reflection meetings are in the evenings, which is hard with small kids at home.

# Dagtilbud Mælkebøtten
## q_mistakes da
-  | FB | Efter det med barnet, der gik fra legepladsen, siger folk i Bakkehuset ikke noget{, hvis de kan undgå det|}.
-  | FB | Alle ved, hvad der skete med pædagogen, der blev nævnt ved navn foran alle. Det sidder stadig i væggene.
0E | MF | {Lone|Lederen} sagde undskyld, da hun havde glemt at bestille bussen til turen. Det kan jeg ikke huske, at en leder har gjort før.
-  | SW | Det er stadig os og dem mellem de to huse. Man hører om tingene ad omveje.
0  | AM FB | Det bliver ikke altid skrevet i skadesprotokollen. Man siger, at det bare skete.
0  | TP | Der er så mange vikarer, at man ikke ved, hvem man skal sige det til.
+  | PS SW | I Mælkebøtten har vi altid kunnet tale om det. Det er sværere i det andet hus.
0  | PS | Det er blevet {lidt|en smule} bedre med den nye leder. Men man er stadig forsigtig.
L  | MF | Jeg sagde ligeud, at det var min fejl med bussen. Ord betyder ikke så meget, men det blev husket.
## q_mistakes en
-  | FB | Since the playground incident people in Bakkehuset are very careful about what they say.
0  | SW | It is still 'us and them' between the two houses.
0E | MF | The new leader said sorry when she forgot to book the bus. That was new.
## q_learning da
0  | A2 A3 | Vi prøvede noget med måltiderne, mindre grupper og børn, der selv øser op. Men ingen skrev noget ned, og evalueringen blev bare en snak.
+  | PC FE | Jeg har en makker fra det andet hus. Hun sagde, at jeg løser konflikterne for hurtigt for børnene. Det har jeg taget til mig.
0  | PC TP | Læringsmakkerne på tværs af husene er strandet på vagtplanen.
-  | SW | De blandede arbejdsgrupper går langsomt. Folk sætter sig stadig med dem fra deres eget hus.
-  | BA | Vi har haft mange projekter, der startede med fanfarer og stoppede, når pengene slap op.
0  | TP | Vi starter hele tiden forfra med nye vikarer.
+  | FE | Det var første gang i mange år, at nogen fortalte mig, hvad jeg var god til.
L  | MS | Jeg tror på, at alle kan udvikle sig, men jeg må indrømme, at jeg nogle gange tænker, at nogle bare er, som de er.
## q_learning en
0  | A3 | We tried a project on mealtimes but never collected anything, so it just became a chat.
+  | PC FE | Two pairs of us visit each other's house when we can and give each other feedback. It's the best thing we have.
0  | TP | Too many temps and sick days to keep anything going.

# Jobcenter Søndervig
## q_mistakes da
+  | OL | Hver anden tirsdag tager vi en sag, hvor noget er gået galt, til fejlfund. Det handler om processen, ikke om en syndebuk.
+  | OL AM | Der er {venteliste|kø} til fejlfund. Det er os selv, der melder sagerne ind.
+E | MF | {Ulla|Lederen} lagde selv den første sag frem til fejlfund, en sanktion hun ikke burde have godkendt.
+  | AM | Man siger det i supervisionsgruppen: Jeg har tabt ham, har nogen en idé?
+  | AH | Man spørger en af de erfarne, og man bliver aldrig gjort dum af det.
0  | TP AH | Alle har så travlt, at man får dårlig samvittighed over at tage deres tid. Det er barrieren, ikke frygt.
0  | PS>FB | Nogle gange fremlægger vi forsøgene som mere vellykkede, end de var. Ingen vil være det team, hvis forsøg fejlede.
0  | DC | Når det gælder lovgivningen og sanktioner, er der ingen diskussion. Det er fint, for vi ved hvorfor.
L  | MF | Det var mig selv, der lagde den første sag frem til fejlfund. Nu er det medarbejderne, der melder sagerne ind.
## q_mistakes en
+  | OL | Every other Tuesday we review a case that went wrong. The point is to find where in the process it failed, not who.
+  | AM | In the reflecting team I said I had completely misread a young woman's situation. A colleague just said, that's what we're here for.
+E | MF | Our manager put her own case forward at the first error review.
0  | PS | Sometimes the retros are a bit of a show. It's mostly the same six or seven voices.
## q_learning da
+  | A2 A3 | I firugersforsøget om udeblivelser ringede vi til de unge dagen før og talte udeblivelser i fire uger.
+  | A5 | Opringningen dagen før er nu standard for alle nye sager.
+  | A4 | På retroen var vi uenige om spørgeskemaet. Vi endte med at flytte det til anden samtale, og det blev bedre af diskussionen.
+  | PC | Kollegial supervision hver anden uge med reflekterende team. Lederen er ikke med{, og det er bevidst|}.
+  | A1 | Vi skrev spørgsmålet på tavlen: Hvad sker der i første samtale, som gør, at de ikke kommer igen?
+  | GM FM | Jeg troede, jeg bare ikke var god til vrede unge mænd. Det er noget, man kan øve.
0  | TP | Da den nye reform kom, stoppede forsøgene, og supervisionen blev aflyst to gange.
0  | SW | Vi kan forbedre vores egne processer, men samarbejdet med psykiatrien og sundhedsafdelingen er svært.
L  | IP | Jeg lader dem, der har lavet forsøget, fremlægge og komme med en anbefaling. De kender det bedre end mig.
## q_learning en
+  | PC FE GM | A senior colleague and I sat in on each other's meetings. He told me I lean back and cross my arms when they get loud. It's a skill, not a trait.
+  | A2 | We dropped the questionnaire in the first meeting, booked the second meeting before they left, and asked one question on a little card.
+  | A4 | At the retro two older colleagues argued that the questionnaire was needed. They were right, and the result was better after the argument.
0  | TP | When the reform came, everything was about the new rules for three months. The trials stopped.

# Skovbakke Skole
## q_mistakes da
+  | AM | I vores team siger man det, og så hjælper de andre. Jeg har selv fået hjælp til at rette en hel stak prøver på en eftermiddag.
0  | SW PS | Det afhænger af, hvilken gang man er på. De små årgange sidder i den anden ende af bygningen.
0E | LB | Skolelederen er sød, hvis man går til hende, men hun undgår konflikter.
-  | SU | På de store personalemøder er det en lille gruppe af de erfarne, der taler. Som ny holder man sig tilbage.
0  | SU | Jeg tager det op i mindre grupper først. Det er sikrere.
0  | TP | Der er ikke tid til at snakke om det efter nedskæringerne i forberedelsestiden.
+  | PS | I årgangsteamet kan man sige det hele. Det er ikke sikkert, det gælder alle teams.
L  | PS | Jeg håber, at lærerne kommer til os, men det er meget forskelligt, hvor meget de gør det.
## q_mistakes en
+  | AM | I graded mock exams with last year's criteria. I went to my team first and we fixed it in an afternoon, then I told the principal before the parent did.
0  | PS | In my team you can disagree. In the whole staff, less so.
0  | SW | I could go weeks without speaking to the younger year groups' team.
-  | FM | In the staff room you hear 'he's just not academic', and then that's the explanation.
## q_learning da
+  | PC AL | Lesson study i vores årgangsteam: Vi planlægger en time sammen, én underviser, og de andre observerer eleverne, ikke læreren.
+  | A3 FE | Vi fulgte hver to elever og skrev ned, hver gang de sagde noget. Min kollega sagde, at jeg svarer på mine egne spørgsmål efter to sekunder.
+  | A5 | Tænketid er nu skrevet ind i vores teamaftale.
0  | OL | Det har ikke bredt sig. Viceskolelederen fremlagde det på et personalemøde, og et par teams prøvede én gang.
0  | TP | Et lesson study-forløb tager seks-syv timer pr. lærer pr. termin, og de timer skal komme et sted fra.
0E | LB | Når et team sagde, at de ikke havde tid, sagde skolelederen bare fint. Der blev aldrig truffet en beslutning.
-  | FM | I personalerummet hører man, at den familie aldrig har været interesseret i skole. Så sker der ikke mere.
L  | AL OL | Vi startede lesson study med ét team for to år siden. Det fungerer godt der, men det er svært at sprede.
## q_learning en
+  | PC FE | In lesson study we observe the pupils, not each other. A colleague noticed I answer my own questions if nobody responds in three seconds.
+  | A5 | Think time is now part of our team agreement.
0  | OL | It stays in pockets like ours. Someone needs to decide that learning together is part of the job.
0  | TP | Our preparation time was cut and people are exhausted.

# Østre Skole
## q_mistakes da
-  | FB | Man siger ikke, hvis man har det svært med en klasse. Det har vi lært.
-  | FB>DC | Alle så, hvad der skete med kollegaen, der blev taget af sin syvende klasse. Det var signalet.
-  | DC>FB | Resultatsamtalerne føles som et forhør. Man skal forklare, hvorfor ens klasse ligger under.
-  | FB | Hvis man har problemer, er det ens egne problemer. Man holder dem for sig selv, så længe man kan.
-E | MF | Skolelederen skal have svaret, før han stiller spørgsmålet. Han ville aldrig sige, at han ikke ved det.
-  | SU | Jeg sagde noget på et møde, men fik at vide, at det var besluttet. Bagefter kom tre kolleger og sagde, at de var enige.
+  | PS | Med min teammakker kan jeg sige alt. Vi går tur rundt om boldbanen i frikvarteret.
0  | TP | Forberedelsen sker om aftenen. Der er ikke tid til at tale om fejl.
L  | AM | Jeg forventer, at lærerne kommer til mig, når de har problemer med en klasse. Ofte hører jeg det først, når forældrene klager.
L  | MF | Jeg tror ikke, det er min rolle at tale om mine fejl foran personalet. De har brug for en leder, der ved, hvor vi skal hen.
## q_mistakes en
-  | FB | You don't tell anyone you're struggling with a class. We all saw what happened to the teacher who lost her 7th grade.
-  | DC | The results meetings feel like an interrogation.
-  | FB | It is dangerous here to show that you can't do everything.
## q_learning da
-  | PC DC | Kollegial observation blev til, at vi skulle krydse af, om målene stod på tavlen, og aflevere skemaet til skolelederen. Ingen ville anmelde hinanden.
+  | PC FE | Min makker og jeg har været inde i hinandens timer, helt uofficielt. Hun sagde, at jeg skældte for meget ud på de samme tre drenge.
-  | SW | Indskolingen sidder for sig, udskolingen for sig. Jeg kender knap navnene på de nye.
-  | SW | Matematikteamet på mellemtrinnet har fået flotte resultater, men de siger ikke så meget om, hvad de gør.
-  | FM | Der er en tone om, at børnene fra Vestparken ikke kan så meget.
+  | GM | Jeg har haft elever fra Vestparken, som ingen troede på, og som i dag læser på universitetet. Det smitter, hvad de voksne forventer.
-  | FM | Jeg er ikke så god til det digitale. Det ligger ikke til mig.
0  | 0  | I billedkunst er der ingen test, så der kan man stadig eksperimentere.
L  | DC | Vi har indført en fast struktur for undervisningen, som alle skal følge. Det gør det lettere at se, om tingene bliver gjort.
L  | FM | Enten har man autoriteten i en klasse, eller også har man den ikke. Det kan man ikke lære på et kursus.
## q_learning en
-  | PC DC | Peer observation became a checklist that went to the principal. It turned into inspection.
+  | PC | My team partner and I visit each other's lessons unofficially. We haven't told management.
-  | FM | Some colleagues say the kids from Vestparken can't do much. I think it rubs off on the kids.

# Vej og Park
## q_mistakes da
-  | FB | Hvis man siger det, får man en advarsel. Så man retter det selv, hvis man kan.
-  | DC FB | Der bliver skrevet en skadesrapport, og hvis det er sjusk, får man en skriftlig advarsel.
-  | FB AM | En kollega kørte traktoren ind i en lygtepæl og rettede den selv ud, så det ikke kunne ses.
-  | SW | Nord og Syd giver hinanden skylden. Når vi skal hjælpe hinanden efter en storm, er det som en fodboldkamp.
-  | SU DC | Jeg foreslog noget med skærmen ved parkerede biler. Der blev sagt, at der er en procedure, og den skal følges.
+  | PS IP | Hos Jesper på Grønt by siger man det til mandagssnakken. Han bliver ikke sur, han siger tak.
-  | FB | Man ringer ikke til kontoret, medmindre det er noget stort.
0  | TP | Vi løber stærkere end nogensinde. Der er ikke tid til at snakke om småting.
L  | DC | Hvis det er sjusk, skal der være en konsekvens, ellers tager folk det ikke alvorligt.
L  | 0  | Hvis der ikke er sket noget, så er der ikke sket noget.
## q_mistakes en
-  | FB | If you tell, you get a warning. If you don't tell, nothing happens. So people learn not to tell.
-  | FB AM | Small things, a scratch on the mower or a sign you hit, you just fix it or leave it.
-  | SW | Every crew has its own container, its own machines, its own way.
+  | PS IP | In the Grønt by crew you can say it at the Monday meeting. The foreman says thank you and fixes it.
## q_learning da
-  | 0  | Det er ikke noget, vi gør. Folk kommer, får deres opgaver og kører.
-  | DC | App'en til at melde huller blev valgt centralt. Vi fik et kursus på en halv dag, og så må man lære det.
-  | SU | Jeg lavede et bedre forslag til græsslåningsruterne. Driftslederen sagde, jeg skulle tage det med til formanden, og formanden sagde, det kom fra kontoret.
+  | OL | Mandagssnakken på Grønt by. Ti minutter med kaffe, og man taler om ugen, der gik.
-  | OL | De andre hold kalder mandagssnakken for kaffeklubben.
-  | FM | Nogle er gode arbejdere, og nogle er dovne. Det ændrer sig ikke.
0  | 0  | Vi unge vil gerne tage kurser i de nye maskiner.
0  | TP | Vi har fået skåret, og der er kommet flere opgaver. Kurser står ikke øverst på listen.
L  | FM | Man kan ikke lave en brolægger om til en, der sidder og skriver rapporter. Sådan er folk forskellige.
L  | DC | Jeg træffer beslutningerne, og formændene sørger for, at de bliver ført ud i livet. Folk ved, hvor de har mig.
## q_learning en
-  | SU FB | I tried once to say at a meeting that we could work in pairs near cars. Somebody laughed, and I did not say anything more at meetings after that.
+  | OL PS | The Monday meeting in Jesper's crew. One of the young guys told about almost hitting a cyclist and the foreman ordered a new mirror the same day.
-  | FM | People here believe you are how you are. A good worker or a lazy worker.
-  | SW | When we help team Nord after a storm, they say we do it wrong and we say they do it wrong.

# Borgerservice
## q_mistakes da
0  | OL | Den skrives i fejlloggen. Den er anonym, men vi taler aldrig om den.
0  | DC | Nogle gange kommer der en mail med en ny regel, og man ved ikke hvorfor. Man lærer reglen, men ikke grunden.
-  | FB | Det føles lidt, som om nogen har gjort noget forkert, og så får vi alle en ny regel på grund af dem.
0  | AM | Jeg skrev min fejl i loggen og sagde det også til teamlederen. Hun sagde tak, men der er ikke sket noget siden.
0  | TP | Køen venter. Der er ikke tid til at stoppe op og snakke om det.
+  | AH | Man spørger superbrugeren. Der er ingen dumme spørgsmål.
0  | AH | Nu går spørgsmålene tilbage til at være private. Man spørger sidemanden stille.
0  | AM | Man dobbelttjekker alt. Det er godt, men vi snakker ikke om fejlene.
L  | TP | Vi bliver målt på ventetid og klager, så det er det, der fylder.
## q_mistakes en
0  | OL DC | We have an anonymous mistake log, but nobody ever discusses it. Sometimes an email with a new rule comes and we don't know why.
0  | AM | I told my team leader about a wrong address I registered. She said thank you and sent it to IT. That was a year ago.
0  | TP | With the queue on Mondays there is no time to talk about anything.
+  | AH | You ask the super user. They really mean it when they say no stupid questions.
## q_learning da
+  | AH OL | Da Borgerportal 3 kom, havde superbrugerne ekstra træning, og vi kunne gå til dem med alle spørgsmål. Alle var nybegyndere på samme tid.
+  | OL TP | I de første to måneder havde vi et kvarters morgenmøde om, hvad der gik galt i det nye system. Så blev det stoppet på grund af køen.
+  | A2 A3 | Vi prøvede forskudte frokostpauser og en hurtigskranke i to uger og fulgte ventetiden i køsystemet.
-  | A5 DC | Afdelingschefen besluttede bare, at vi skulle beholde det, uden mere snak. Nogle er stadig sure.
+  | FE | Min sidekollega og jeg siger til hinanden, når noget gik godt eller skidt ved skranken.
0E | IP | Teamlederen er åben, hvis man går ind til hende, men hun inviterer os ikke til at tænke med.
0  | TP | Når presset kommer tilbage, sidder vi alle sammen ved hver vores skranke igen.
L  | A2 | Hurtigskranken var medarbejdernes eget forslag. Vi prøvede den af i to uger.
## q_learning en
+  | AH OL | The Borgerportal 3 rollout. Everyone was a beginner at the same time, so nobody had to pretend. I learned a lot as a super user.
+  | A2 A3 | Staggered lunch breaks and a quick counter. We counted the waiting time every day for two weeks and it went down by almost half.
-  | A5 DC | The department head decided to keep it without talking more about it. Some people say the group did it behind their backs.
0  | OL | I would like the morning meeting back, even just once a week.
"""
