window.LIBRO_BUSQUEDA.recibir("t-us",{"usa":[4,[49,1,97,1,50,1,98,2,51,1,99,1,52,1,100,2]]});
