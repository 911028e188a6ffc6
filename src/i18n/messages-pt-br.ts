// The Brazilian Portuguese catalogue. Typed against the English keys, so a missing or extra
// key does not compile; a test also checks that every message keeps the same placeholders.
// Product and column names stay as in the report; "Fit" and "Intent" are kept because partners
// read them in the report's own headers.

import type { MessageKey } from './messages-en';

export const messagesPtBr: Record<MessageKey, string> = {
  'cluster.actNow': 'Agir agora',
  'cluster.evaluate': 'Avaliar',
  'cluster.nurture': 'Nutrir',
  'cluster.educate': 'Educar',
  'cluster.blank': '(vazio)',
  'cluster.other': '(outro)',

  'band.high': 'Alto',
  'band.medium': 'Médio',
  'band.low': 'Baixo',
  'band.veryLow': 'Muito baixo',

  'report.azure': 'Azure',
  'report.m365': 'Microsoft 365',
  'report.surface': 'Surface',
  'report.d365': 'Dynamics 365',
  'report.security': 'Segurança',
  'report.renewals': 'Renovações de contrato',
  'report.unknown': 'Relatório desconhecido',

  'reason.separator': ' · ',
  'reason.cluster': '{cluster} em {product}',
  'reason.fit': 'Fit {score} ({band})',
  'reason.fitBand': 'Fit {band}',
  'reason.intent': 'Intent {score} ({band})',
  'reason.intentBand': 'Intent {band}',
  'reason.scoresJoin': ', ',
  'reason.segmentAfterScores': '→ {code}',
  'reason.segment': 'segmento {code}',
  'reason.cohorts': 'cenários: {names}',
  'reason.cohortsMore': 'e mais {count}',
  'reason.owns': 'já tem {product}',
  'reason.ownsNot': 'ainda sem {product}',
  'reason.competitor': 'usa {name}',
  'reason.competitorUnnamed': 'usa um concorrente',
  'reason.recent': 'comprou nos últimos 36 meses',
  'reason.notRecent': 'sem compras nos últimos 36 meses',
  'reason.renewalDate': 'contrato vence em {date}',
  'reason.renewalRevenue': '{amount} a vencer',
  'reason.renewalBoth': 'contrato vence em {date} ({amount} a vencer)',
  'reason.revenue': 'potencial {amount}',

  'problem.atLine': 'Linha {line}: {message}',
  'problem.unknown': 'Algo precisa de atenção ({code}).',
  'problem.unknownWithDetails': 'Algo precisa de atenção ({code}: {details}).',
  'problem.empty-file': 'O arquivo está vazio. Baixe o relatório novamente no Partner Center.',
  'problem.binary-file':
    'Este não é um arquivo de texto (CSV). Abra o próprio download do CloudAscent, não uma pasta ' +
    'de trabalho ou arquivo compactado.',
  'problem.no-header':
    'Nenhuma linha de cabeçalho foi encontrada nas 10 primeiras linhas. Confira se este é um ' +
    'download CSV do CloudAscent.',
  'problem.title-lines-skipped': '{count} linhas de título acima do cabeçalho foram ignoradas.',
  'problem.title-lines-skipped.one': 'Uma linha de título acima do cabeçalho foi ignorada.',
  'problem.duplicate-header':
    'O cabeçalho “{header}” aparece {count} vezes; cada coluna é mantida, na ordem do arquivo.',
  'problem.malformed-quotes':
    'Um valor entre aspas não foi fechado corretamente ({kind}); a linha pode ter sido dividida ' +
    'ou unida.',
  'problem.ragged-row':
    'Esta linha tem {found} valores, mas o cabeçalho tem {expected}; os valores que faltam ' +
    'contam como vazios.',
  'problem.ragged-rows-truncated':
    '{total} linhas têm um número de valores diferente do cabeçalho; só as {shown} primeiras são ' +
    'listadas.',
  'problem.unknown-column':
    'A coluna “{header}” não existe neste relatório; nenhuma conta pode atender a uma condição ' +
    'sobre ela.',
  'problem.not-a-cluster-column':
    'A coluna “{header}” não é uma coluna de cluster (Act Now, Evaluate, Nurture, Educate), ' +
    'então ficou fora das colunas de cluster.',
  'problem.not-a-cohort-column':
    'A coluna “{header}” não é uma coluna Sim/Não, como um cenário de solução, então nenhuma ' +
    'conta pode atender à condição de que ela seja Sim.',
  'problem.unknown-cluster':
    '“{value}” não é um cluster. Use Agir agora (Act Now), Avaliar (Evaluate), Nutrir (Nurture) ' +
    'ou Educar (Educate).',
  'problem.no-cluster-columns':
    'Não há coluna de cluster para a seleção, então nenhuma conta foi selecionada. Escolha uma ' +
    'coluna de cluster.',
  'problem.no-recent-column':
    'Este relatório não tem a coluna “transacionou nos últimos 36 meses”, então “só compradores ' +
    'recentes” não seleciona nenhuma conta. Desative essa opção.',
  'problem.invalid-bands':
    'As faixas de pontuação Alto {high}, Médio {medium}, Baixo {low} devem crescer de Baixo para ' +
    'Alto; foram usadas as faixas padrão 75/55/30.',
  'problem.unreadable-cluster':
    'Linha {row}, coluna “{column}”: “{value}” não é um cluster; a célula foi desconsiderada.',
  'problem.unreadable-score':
    'Linha {row}, coluna “{column}”: “{value}” não é uma pontuação de 0 a 100; a célula foi ' +
    'desconsiderada.',
  'problem.unreadable-money':
    'Linha {row}, coluna “{column}”: “{value}” não é um valor monetário; a célula foi ' +
    'desconsiderada.',
  'problem.unreadable-flag':
    'Linha {row}, coluna “{column}”: “{value}” não é Sim ou Não; a célula não contou como Sim.',
  'problem.unreadable-date':
    'Linha {row}, coluna “{column}”: “{value}” não é uma data; a célula foi desconsiderada.',
  'problem.more-unreadable-values':
    'Coluna “{column}”: mais {count} células não puderam ser lidas e foram desconsideradas.',
  'problem.ambiguous-date-order':
    'As datas em “{column}” podem ser mês/dia ou dia/mês; foram lidas como {order}.',

  'problem.m365-or-surface':
    'Este arquivo pode ser o relatório {likely} ou o {other} (os dois têm o mesmo layout); foi ' +
    'lido como {likely}. Escolha o tipo de relatório se estiver errado.',
  'problem.identifiers-damaged':
    'O Excel alterou {count} valores em “{header}” ao abrir o CSV; {lost} deles perderam zeros à ' +
    'esquerda ou dígitos de vez. Use Abrir arquivo de relatório… para abrir o CSV de novo com os ' +
    'identificadores mantidos como texto.',
  'problem.identifiers-as-numbers':
    'O Excel transformou {count} valores em “{header}” em números ao abrir o CSV. Use Abrir ' +
    'arquivo de relatório… para abrir o CSV de novo com os identificadores mantidos como texto.',

  'dateOrder.MDY': 'mês/dia/ano',
  'dateOrder.DMY': 'dia/mês/ano',

  'evidence.layout-match':
    'Corresponde ao layout documentado {layout} ({matched} de {total} colunas).',
  'evidence.layout-nearest':
    'Arquivo mais recente; o layout documentado mais próximo é {layout} ({matched} de {total} ' +
    'colunas).',
  'evidence.report-type': 'Relatório {type}, decidido por {basis}.',
  'evidence.products': 'Pontua {count} produtos: {names}.',
  'evidence.products.one': 'Pontua um produto: {names}.',
  'evidence.plays': '{count} cenários de solução com nome “{prefix}…”.',
  'evidence.cohorts': '{count} colunas de cenário de solução (coorte).',
  'evidence.flag-columns': '{count} colunas de cenário reconhecidas pelos valores Sim/Não.',
  'evidence.agreement-columns': 'Colunas de contrato: {names}.',
  'evidence.o365-products': 'Pontuações de Office 365: um relatório de Microsoft 365 de 2020–2021.',
  'evidence.name-hint': 'O nome “{hint}” indica {type}.',
  'evidence.name-hint-ignored':
    'O nome “{hint}” sugere {type}, mas as colunas indicam outra coisa.',
  'evidence.common-columns': '{matched} de {total} colunas que todo relatório do CloudAscent tem.',
  'evidence.identifier-column': 'As contas são identificadas por “{header}”.',
  'evidence.revenue-column': 'As contas são ordenadas por “{header}”.',
  'evidence.recent-column': '“{header}” indica quem comprou nos últimos 36 meses.',
  'evidence.recent-successor': '“{header}” substitui a coluna de compras nos últimos 36 meses.',
  'evidence.no-report-columns':
    'Sem colunas de pontuação, cenário ou contrato: não parece um relatório do CloudAscent.',

  'basis.layout': 'seu layout documentado',
  'basis.agreement-columns': 'suas colunas de contrato',
  'basis.products': 'os produtos que pontua',
  'basis.plays': 'seus cenários de solução',
  'basis.name-hint': 'o nome do arquivo ou da planilha',

  'evidence.unknown': 'Indício: {code}.',
  'evidence.unknownWithDetails': 'Indício: {code} ({details}).',

  'pane.title': 'Navegador de Propensão',
  'pane.starting': 'Iniciando…',
  'pane.outsideExcel':
    'Esta página é o painel do Navegador de Propensão. Abra-a no Excel: Página Inicial > ' +
    'Propensão > Navegador.',
  'pane.officeUnavailable':
    'O Office não terminou de carregar. Verifique se appsforoffice.microsoft.com está acessível ' +
    'e feche e reabra este painel.',
  'pane.unexpected':
    'Algo inesperado deu errado. Tente de novo; se acontecer outra vez, ative o registro de ' +
    'diagnóstico em Suporte, repita o passo e envie a saída do console ao seu contato de ' +
    'suporte.',
  'pane.accountsOne': '{count} conta',
  'pane.accountsMany': '{count} contas',

  'pane.report.heading': 'Relatório',
  'pane.report.refresh': 'Atualizar',
  'pane.report.sheet': 'Planilha',
  'pane.report.type': 'Tipo de relatório',
  'pane.report.layout': 'Layout',
  'pane.report.layoutNewer': 'mais novo que os layouts documentados',
  'pane.report.layoutUnrecognized': 'não é um layout documentado',
  'pane.report.layoutFiscal': 'FY{year}',
  'pane.report.layoutDated': '{month} de {year}',
  'pane.report.rows': 'Contas',
  'pane.report.confidence': 'Confiança',
  'pane.report.confidenceValue': '{level} ({percent}%)',
  'pane.report.evidence': 'Como o relatório foi reconhecido',
  'pane.report.warnings': 'Vale conferir',
  'pane.report.moreWarnings': 'Mais {count} não mostrados.',
  'pane.report.loading': 'Lendo a planilha ativa…',
  'pane.report.failed': 'Esta planilha não pode ser segmentada',
  'pane.report.cancelled':
    'A leitura da planilha foi cancelada. Selecione Atualizar para lê-la de novo.',
  'pane.report.applied':
    'Uma lista de alvos está aplicada a esta planilha; Explicar e Restaurar trabalham sobre ela.',
  'confidence.high': 'Alta',
  'confidence.medium': 'Média',
  'confidence.low': 'Baixa',

  'pane.choice.title': 'Que relatório é este?',
  'pane.choice.question':
    'Os relatórios {first} e {second} têm o mesmo layout e nada nesta pasta de trabalho os ' +
    'diferencia. Sua resposta fica salva na pasta de trabalho.',
  'pane.choice.saved': 'Salvo: esta planilha é lida como o relatório {type}.',

  'pane.targeting.heading': 'Segmentação',
  'pane.targeting.clusters': 'Clusters',
  'pane.targeting.noCluster': 'Escolha pelo menos um cluster.',
  'pane.targeting.products': 'Colunas de cluster (produtos)',
  'pane.targeting.noProduct': 'Escolha pelo menos uma coluna de cluster.',
  'pane.targeting.cohorts': 'Cenários de solução',
  'pane.targeting.cohortsHint': 'A conta precisa ter Sim em todos os cenários escolhidos.',
  'pane.targeting.cohortsChosen': 'escolhidos: {count}',
  'pane.targeting.cohortsSearch': 'Buscar cenários de solução',
  'pane.targeting.cohortYes': '{count} Sim',
  'pane.targeting.cohortsNoMatch': 'Nenhum cenário corresponde a “{query}”.',
  'pane.targeting.noCohorts': 'Este relatório não tem colunas de cenários de solução.',
  'pane.targeting.clearCohorts': 'Limpar cenários escolhidos',
  'pane.targeting.recent': 'Só quem comprou nos últimos 36 meses',
  'pane.targeting.recentMissing':
    'Este relatório não tem a coluna “comprou nos últimos 36 meses”, por isso esta opção fica ' +
    'desligada.',
  'pane.targeting.filters': 'Filtros firmográficos',
  'pane.targeting.filtersHint':
    'Um valor por coluna; a conta precisa atender a todos os filtros definidos.',
  'pane.filter.any': 'Qualquer',
  'pane.filter.blank': '(vazio)',
  'pane.filter.option': '{value} ({count})',
  'pane.filter.values': '{count} valores; digite para buscar.',
  'pane.filter.more': 'Mostrando {shown} de {total} valores encontrados; digite mais para refinar.',
  'pane.filter.noMatch': 'Nenhum valor corresponde.',
  'pane.filter.showValues': 'Mostrar os valores de {label}',
  'pane.column.subSegment': 'Subsegmento',
  'pane.column.industry': 'Setor',
  'pane.column.vertical': 'Vertical',
  'pane.column.country': 'País',
  'pane.column.state': 'Estado',
  'pane.column.city': 'Cidade',
  'pane.column.orgSize': 'Porte da organização',

  'pane.result.heading': 'Resultado',
  'pane.result.targetedOne': '{count} conta na lista de alvos',
  'pane.result.targetedMany': '{count} contas na lista de alvos',
  'pane.result.byCluster': '{cluster}: {count}',
  'pane.actions.label': 'Ações na planilha',
  'pane.actions.apply': 'Aplicar na planilha',
  'pane.actions.explain': 'Explicar',
  'pane.actions.reset': 'Restaurar',
  'pane.actions.applied': 'Aplicado: {accounts} filtradas e ordenadas por prioridade na planilha.',
  'pane.actions.explained': 'Explicado: a coluna Motivo foi escrita para {accounts}.',
  'pane.actions.notes': 'Foram adicionadas anotações às primeiras {count} contas.',
  'pane.actions.notesAll': 'O nome de cada conta agora tem uma anotação com o motivo.',
  'pane.actions.resetDone': 'A planilha voltou a ser como você a baixou.',
  'pane.actions.cancelled': 'Cancelado. A planilha está como estava antes.',
  'pane.actions.failed': 'Não deu certo',
  'pane.chart.heading': 'Contas por cluster',
  'pane.chart.caption':
    'Todas as contas do relatório; os clusters escolhidos aparecem em destaque.',
  'pane.chart.summary': '{column}: {counts}',
  'pane.chart.count': '{cluster} {count}',
  'pane.heatmap.heading': 'Fit × Intent',
  'pane.heatmap.product': 'Produto',
  'pane.heatmap.caption':
    'Todas as contas pontuadas para {product}: faixa de Fit nas linhas, faixa de Intent nas ' +
    'colunas.',
  'pane.heatmap.fit': 'Fit {band}',
  'pane.heatmap.intentAxis': 'Intent',
  'pane.heatmap.cell': '{code}: Fit {fit}, Intent {intent}, {accounts}',
  'pane.heatmap.none': 'Nenhum produto deste relatório tem pontuações de Fit e Intent.',
  'pane.top.heading': 'Principais contas',
  'pane.top.none': 'Nenhuma conta atende a estes critérios.',
  'pane.top.segment': 'segmento {code}',

  'pane.work.inspect': 'Lendo a planilha ativa…',
  'pane.work.choose': 'Salvando o tipo de relatório…',
  'pane.work.apply': 'Aplicando a lista de alvos…',
  'pane.work.explain': 'Escrevendo as explicações…',
  'pane.work.reset': 'Restaurando a planilha…',
  'pane.stage.read': 'Lendo linhas',
  'pane.stage.write': 'Escrevendo colunas auxiliares',
  'pane.stage.filter': 'Filtrando',
  'pane.stage.sort': 'Ordenando por prioridade',
  'pane.stage.format': 'Colorindo os clusters',
  'pane.stage.notes': 'Escrevendo anotações',
  'pane.stage.reset': 'Restaurando',
  'pane.work.import': 'Abrindo o arquivo de relatório…',
  'pane.work.repair': 'Dividindo em colunas…',
  'pane.stage.import': 'Escrevendo linhas',
  'pane.file.heading': 'Arquivo do relatório',
  'pane.open.button': 'Abrir arquivo de relatório…',
  'pane.open.hint':
    'Abre um CSV do CloudAscent numa nova planilha, com IDs, números DUNS e CEPs exatamente como ' +
    'baixados.',
  'pane.open.done': '{rows} linhas foram abertas na nova planilha “{sheet}”.',
  'pane.open.failed': 'O arquivo não foi aberto',
  'pane.repair.title': 'O relatório está na coluna A',
  'pane.repair.text':
    'Cada linha tem uma linha inteira do CSV. Dividir em colunas coloca as linhas em colunas ' +
    'numa nova planilha; esta planilha fica como está.',
  'pane.repair.button': 'Dividir em colunas',
  'pane.damage.title': 'O Excel alterou identificadores',
  'pane.damage.text':
    'O Excel transformou identificadores em {columns} em números ao abrir o CSV, e os dígitos ' +
    'descartados não podem ser recuperados desta planilha. Abra de novo o CSV baixado:',
  'pane.progress.count': '{stage}: {done} de {total}',
  'pane.progress.cancel': 'Cancelar',

  'pane.support.heading': 'Suporte',
  'pane.support.logLevel': 'Registro de diagnóstico',
  'pane.support.hint':
    'Escreve o que o suplemento faz no console do navegador para o seu contato de suporte. Nada ' +
    'sai do seu computador.',
  'pane.support.notKept':
    'Esta configuração vale até o painel fechar: o navegador bloqueia o armazenamento.',
  'log.off': 'Desligado',
  'log.error': 'Erros',
  'log.warn': 'Avisos',
  'log.info': 'Informações',
  'log.debug': 'Tudo (depuração)',
  'excel.error.emptySheet':
    'A planilha ativa está vazia. Selecione a planilha com o relatório do CloudAscent e tente de ' +
    'novo.',
  'excel.error.noRows':
    'A planilha tem uma linha de cabeçalho, mas nenhuma conta abaixo dela. Baixe o relatório de ' +
    'novo no Partner Center e abra-o.',
  'excel.error.noHeader':
    'Nenhuma linha de cabeçalho foi encontrada nas 10 primeiras linhas desta planilha. Selecione ' +
    'a planilha com o relatório do CloudAscent e tente de novo.',
  'excel.error.notAReport':
    'Esta planilha não parece um relatório de propensão do CloudAscent: não tem colunas de ' +
    'pontuação, de plays ou de contratos. Selecione a planilha com o relatório e tente de novo.',
  'excel.error.mergedHeader':
    'A linha de cabeçalho tem células mescladas. Selecione a linha de cabeçalho, escolha Página ' +
    'Inicial > Mesclar e Centralizar > Desfazer Mesclagem de Células e tente de novo.',
  'excel.error.mergedCells':
    'O relatório tem células mescladas, que o Excel não consegue filtrar nem classificar. ' +
    'Selecione o relatório, escolha Página Inicial > Mesclar e Centralizar > Desfazer Mesclagem ' +
    'de Células e tente de novo.',
  'excel.error.protected':
    'A planilha está protegida, então o suplemento não pode alterá-la. Escolha Revisão > ' +
    'Desproteger Planilha e tente de novo.',
  'excel.error.filtered':
    'O relatório já está filtrado ou tem linhas ocultas. Escolha Dados > Limpar, reexiba todas ' +
    'as linhas (selecione as linhas, clique com o botão direito, Reexibir) e tente de novo.',
  'excel.error.sorted':
    'A tabela do relatório guarda uma classificação própria, então as linhas não poderiam voltar ' +
    'à ordem depois. Escolha Dados > Limpar para limpar o filtro e a classificação da tabela e ' +
    'tente de novo.',
  'excel.error.tableMismatch':
    'O relatório está só em parte dentro da tabela do Excel “{table}”. Selecione a tabela, ' +
    'escolha Design da Tabela > Converter em Intervalo e tente de novo.',
  'excel.error.notApplied':
    'Nenhuma lista de alvos está aplicada a esta planilha. Use Segmentar agora (ou Aplicar na ' +
    'planilha no Navegador) primeiro.',
  'excel.error.changed':
    'O relatório mudou depois que a lista de alvos foi aplicada (linhas foram incluídas, ' +
    'removidas ou tiradas da tabela). Selecione Restaurar e segmente o relatório de novo.',
  'excel.error.stateUnreadable':
    'O registro do suplemento sobre o que ele mudou nesta planilha não pode ser lido. Exclua à ' +
    'mão as colunas {columns} à direita do relatório e escolha Dados > Limpar.',
  'excel.error.noStorage':
    'Esta versão do Excel não consegue guardar as informações do suplemento na pasta de ' +
    'trabalho. Use o Excel 2021 ou posterior, o Microsoft 365 ou o Excel na Web.',
  'excel.error.unsupportedType': 'Escolha um dos tipos de relatório oferecidos para esta planilha.',
  'excel.error.cancelled': 'Cancelado. A planilha está como estava antes.',
  'excel.error.readFailed':
    'O Excel não conseguiu ler a planilha ({code}). Tente de novo; se continuar falhando, salve ' +
    'a pasta de trabalho, reabra-a e tente de novo.',
  'excel.error.failed':
    'O Excel não conseguiu terminar ({code}). A planilha voltou a ser como era. Tente de novo; ' +
    'se continuar falhando, salve a pasta de trabalho, reabra-a e tente de novo.',
  'excel.error.resetFailed':
    'O Excel não conseguiu terminar de restaurar a planilha ({code}). Selecione Restaurar de ' +
    'novo: o que já foi restaurado continua restaurado.',
  'excel.error.undoFailed':
    'O Excel não conseguiu terminar ({code}), e desfazer as mudanças também falhou. Selecione ' +
    'Restaurar para remover o que o suplemento incluiu.',
  'excel.error.tooOld':
    'Esta versão do Excel não tem um recurso de que o suplemento precisa ({code}). Atualize o ' +
    'Office, ou use o Excel na Web, e tente de novo.',
  'excel.notice.orderNotRestored':
    'A ordem original das linhas não pôde ser restaurada porque a coluna oculta {column} foi ' +
    'excluída; todo o resto que o suplemento adicionou foi removido. Para voltar à ordem do ' +
    'download, abra de novo o arquivo baixado.',
  'excel.notice.notesUnsupported':
    'As notas do Excel exigem um Excel mais novo (Microsoft 365 versão 2501 ou posterior, ou o ' +
    'Excel na Web); as explicações estão na coluna Motivo.',
  'excel.notice.notesKept':
    'Células de conta que já tinham uma nota sua ({count}) a mantiveram; a explicação delas está ' +
    'só na coluna Motivo.',
  'excel.notice.noAccountColumn':
    'Este relatório não tem coluna de nome ou ID da conta para receber notas; as explicações ' +
    'estão na coluna Motivo.',
  'excel.notice.reportTypeGuessed':
    'O relatório foi lido como {type}. Se for o outro relatório, abra o Navegador e escolha o ' +
    'tipo.',
  'excel.error.csvInColumnA':
    'Cada linha desta planilha tem uma linha inteira do CSV na coluna A: o Excel separou o ' +
    'arquivo com o delimitador errado. Escolha Dividir em colunas para colocar as linhas em ' +
    'colunas numa nova planilha, ou Abrir arquivo de relatório… para abrir o próprio CSV.',
  'excel.error.notCsvInColumnA':
    'A planilha ativa não tem linhas de CSV na coluna A, então não há o que dividir. Selecione a ' +
    'planilha em que o Excel abriu o CSV e tente de novo.',
  'excel.error.fileUnreadable': 'Este arquivo não pode ser aberto como relatório. {reason}',
  'excel.import.cancelled': 'Cancelado. Nenhuma planilha foi adicionada.',
  'excel.import.failed':
    'O Excel não conseguiu terminar de abrir o arquivo ({code}). Nenhuma planilha foi ' +
    'adicionada. Tente de novo; se continuar falhando, salve a pasta de trabalho, reabra-a e ' +
    'tente de novo.',
  'excel.import.undoFailed':
    'O Excel não conseguiu terminar de abrir o arquivo ({code}), e a planilha incompleta ' +
    '“{sheet}” não pôde ser excluída. Clique com o botão direito na guia dela, escolha Excluir e ' +
    'tente de novo.',
  'excel.import.parseFailed':
    'O arquivo não pôde ser lido ({code}). Tente de novo; se continuar falhando, feche o painel ' +
    'do Navigator, abra-o de novo e tente outra vez.',
  'excel.import.noTable':
    'O cabeçalho tem nomes de coluna vazios ou repetidos, que uma tabela do Excel renomearia; ' +
    'por isso o relatório ficou como um intervalo comum.',
  'excel.column.priority': 'Prioridade',
  'excel.column.segment': 'Segmento',
  'excel.column.why': 'Motivo',
  'excel.column.row': 'Linha PN',
  'excel.note': 'Prioridade {priority}: {why}',
  'command.title': 'Propensity Navigator',
  'command.failed': 'Não deu certo',
  'command.close': 'Fechar',
  'command.targetedOne': 'Segmentar agora: {count} conta está filtrada e ordenada por prioridade.',
  'command.targetedMany':
    'Segmentar agora: {count} contas estão filtradas e ordenadas por prioridade.',
  'command.noTargets':
    'Segmentar agora: nenhuma conta está em Agir agora ou Avaliar neste relatório, então a ' +
    'planilha ficou como estava. Abra o Navegador para escolher outros clusters.',
  'command.explainedOne': 'Explicar: a coluna Motivo foi escrita para {count} conta.',
  'command.explainedMany': 'Explicar: a coluna Motivo foi escrita para {count} contas.',
  'command.notes': 'Notas foram incluídas nas {count} primeiras contas.',
  'command.resetDone': 'Restaurar: a planilha voltou a ser como foi baixada.',
};
