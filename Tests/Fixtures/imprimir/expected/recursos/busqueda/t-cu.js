window.LIBRO_BUSQUEDA.recibir("t-cu",{"cuatr":[1,[3,1,4,1]]});
