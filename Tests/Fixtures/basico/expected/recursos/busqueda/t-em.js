window.LIBRO_BUSQUEDA.recibir("t-em",{"empiez":[1,[7,1,8,1]]});
