window.LIBRO_BUSQUEDA.recibir("t-at",{"atenderl":[1,[38,1,66,1]]});
