window.LIBRO_BUSQUEDA.recibir("t-us",{"usa":[4,[49,1,97,1,1,1,1,2,1,1,1,1,1,1,1,2]]});
