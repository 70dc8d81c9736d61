window.LIBRO_BUSQUEDA.recibir("t-em",{"empiez":[2,[49,1,97,1,2,1,2,1]],"empres":[5,[36,1,57,1,2,1,10,1,1,1,5,1,1,1,2,5,1,1,10,5]]});
