window.LIBRO_BUSQUEDA.recibir("t-em",{"empiez":[1,[0,1,0,1]]});
